package io.github.anthology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.api.lint.Analysis;
import io.github.anthology.api.lint.LintFinding;
import io.github.anthology.model.Topic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an editor needs of the facade: a run with what it read, early stopping, the files, an unsaved configuration. */
class WorkspaceEditorTest {
  static final String RESEARCH = "2021:\n  - title: Switch Transformers\n    first_author: Fedus\n    year: 2021\n"
      + "    topics: [model-architecture]\n    sota:\n      - Route each token to one expert\n";

  @TempDir Path dir;

  private Workspace registry() throws Exception {
    Files.writeString(dir.resolve("research.yaml"), RESEARCH);
    Files.copy(Path.of("../examples/sota/taxonomy.yaml"), dir.resolve("taxonomy.yaml"));
    return Workspace.builder().workingDirectory(dir).input(dir).build();
  }

  @Test
  void anAnalysisHoldsTheTextsTheRunReadAndTheModelWithPlaces() throws Exception {
    String edited = RESEARCH.replace("model-architecture", "Bad_Tag");
    Analysis analysis = registry().withText(dir.resolve("research.yaml").toString(), edited).analyse();

    String research = dir.resolve("research.yaml").toString();
    assertThat(analysis.texts()).containsEntry(research, edited).containsKey(dir.resolve("taxonomy.yaml").toString());
    LintFinding unknown = analysis.result().findings().stream().filter(f -> f.ruleId().equals("taxonomy/unknown-topic"))
        .findFirst().orElseThrow();
    assertThat(edited.substring(unknown.span().startOffset(), unknown.span().endOffset())).isEqualTo("Bad_Tag");
    Topic topic = analysis.anthology().taxonomy().orElseThrow().find("model-architecture").orElseThrow();
    String taxonomy = analysis.texts().get(topic.name().span().file());
    assertThat(taxonomy.substring(topic.name().span().startOffset(), topic.name().span().endOffset()))
        .isEqualTo("model-architecture");
  }

  @Test
  void anInterruptedCallerGetsACancellationAndNoResult() throws Exception {
    Workspace workspace = registry();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(workspace::analyse).isInstanceOf(CancellationException.class);
    } finally {
      Thread.interrupted();
    }
    assertThat(workspace.analyse().result().files()).hasSize(2);
  }

  @Test
  void theFilesAreTheRegistryFilesADirectoryStandsFor() throws Exception {
    assertThat(registry().files()).containsExactly(dir.resolve("taxonomy.yaml"), dir.resolve("research.yaml"));
  }

  @Test
  void anUnsavedConfigurationStandsInForItsFileAndIsNoInput() throws Exception {
    Workspace workspace = registry();
    Files.writeString(dir.resolve("anthology.yaml"), "rules:\n  taxonomy/unknown-topic: error\n");
    String research = dir.resolve("research.yaml").toString();
    Workspace editing = workspace.withText(research, RESEARCH.replace("model-architecture", "Model_Architecture"));
    assertThat(editing.lint().findings()).extracting(LintFinding::ruleId).contains("taxonomy/unknown-topic");

    Workspace configured = editing.withText(dir.resolve("anthology.yaml").toString(), "rules:\n  taxonomy/unknown-topic: off\n");
    assertThat(configured.lint().findings()).extracting(LintFinding::ruleId).doesNotContain("taxonomy/unknown-topic");
    assertThat(configured.lint().files()).doesNotContain(dir.resolve("anthology.yaml").toString());

    Workspace broken = editing.withText(dir.resolve("anthology.yaml").toString(), "rules:\n  naming/formatt: off\n");
    assertThatThrownBy(broken::lint).isInstanceOf(AnthologyException.class)
        .satisfies(e -> assertThat(((AnthologyException) e).span().orElseThrow().line()).isEqualTo(2));
  }
}
