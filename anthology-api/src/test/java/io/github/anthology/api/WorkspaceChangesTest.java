package io.github.anthology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.api.build.BuildOptions;
import io.github.anthology.api.build.BuildResult;
import io.github.anthology.api.edit.RewriteResult;
import io.github.anthology.api.lint.FixResult;
import io.github.anthology.api.lint.LintFinding;
import io.github.anthology.api.lint.LintResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceChangesTest {
  private static final String RESEARCH = """
      2021:
        - title: Switch Transformers
          first_author: Fedus
          year: 2021
          topics:
            - MoE_Routing          # mixture of experts
            - model-architecture
          sota:
            - Route each token to one expert
      """;

  @TempDir Path dir;

  private Workspace workspace() throws Exception {
    Files.writeString(dir.resolve("research.yaml"), RESEARCH);
    return Workspace.builder().input(dir).build();
  }

  @Test
  void fixShowsTheChangesAndWritesNothingUntilAsked() throws Exception {
    FixResult fixed = workspace().fix();

    assertThat(fixed.changes().diff()).contains("-      - MoE_Routing          # mixture of experts\n"
        + "+      - moe-routing          # mixture of experts\n");
    assertThat(fixed.remaining().findings()).noneMatch(f -> f.ruleId().equals("naming/format"));
    assertThat(fixed.settled()).isTrue();
    assertThat(Files.readString(dir.resolve("research.yaml"))).isEqualTo(RESEARCH);

    assertThat(fixed.changes().write()).containsExactly(dir.resolve("research.yaml").toString());
    assertThat(Files.readString(dir.resolve("research.yaml"))).isEqualTo(RESEARCH.replace("MoE_Routing", "moe-routing"));
  }

  @Test
  void changesAreNotWrittenOverAFileThatChangedSinceItWasRead() throws Exception {
    FixResult fixed = workspace().fix();
    Files.writeString(dir.resolve("research.yaml"), RESEARCH + "# edited meanwhile\n");

    assertThatThrownBy(() -> fixed.changes().write()).isInstanceOf(AnthologyException.class)
        .hasMessage(dir.resolve("research.yaml") + ": changed on disk since it was read; nothing was written"
            + " (run again to work on the new content)");
  }

  @Test
  void aBaselineWrittenFromARunHidesThatRunsFindingsAndKeepsNewOnes() throws Exception {
    Workspace workspace = workspace();
    Path baseline = dir.resolve("baseline.json");
    LintResult first = Workspace.builder().input(dir).withoutBaseline().build().lint();

    assertThat(workspace.writeBaseline(first, baseline)).isEqualTo(first.findings().size()).isPositive();
    LintResult known = workspace.applyBaseline(first, baseline);
    assertThat(known.findings()).isEmpty();
    assertThat(known.baseline()).hasValueSatisfying(m -> {
      assertThat(m.known()).isEqualTo(first.findings().size());
      assertThat(m.stale()).isEmpty();
    });

    Files.writeString(dir.resolve("research.yaml"), RESEARCH.replace("model-architecture", "Other_Tag"));
    LintResult later = Workspace.builder().input(dir).baseline(baseline).build().lint();
    assertThat(later.findings()).extracting(LintFinding::message).anyMatch(m -> m.contains("Other_Tag"))
        .noneMatch(m -> m.contains("MoE_Routing"));
  }

  @Test
  void buildWritesTheDocumentsExportsAndSite() throws Exception {
    BuildResult built = Workspace.builder().input(Path.of("../examples/sota")).build()
        .build(BuildOptions.into(dir.resolve("site")).withDate(LocalDate.of(2026, 1, 2)));

    assertThat(built.files()).containsExactlyInAnyOrder("registry.yaml", "REGISTRY.md", "index.html", "registry.json",
        "TOPICS.md");
    assertThat(Files.readString(dir.resolve("site/REGISTRY.md"))).contains("Last updated: 2026-01-02");
  }

  @Test
  void rewritesReturnTheirEditsAndWhatTheyLeftUndone() throws Exception {
    Workspace workspace = workspace();
    RewriteResult ids = workspace.assignIds();
    assertThat(ids.changes().diff()).contains("+      - text: Route each token to one expert\n+        id: MLR-2021-Fedus001-0001\n");

    Files.copy(Path.of("../examples/sota/taxonomy.yaml"), dir.resolve("taxonomy.yaml"));
    RewriteResult renamed = Workspace.builder().input(dir).build().topics()
        .rename("model-architecture", "model-architectures");
    assertThat(renamed.changes().files()).containsExactlyInAnyOrder(dir.resolve("research.yaml").toString(),
        dir.resolve("taxonomy.yaml").toString());
    assertThat(renamed.problems()).isEmpty();

    RewriteResult migrated = Workspace.builder().input(dir).build().migrate(Map.of());
    assertThat(migrated.problems()).isEmpty();
    assertThat(migrated.changes().diff()).contains("+      - model-architecture          # mixture of experts\n");
    assertThat(Files.readString(dir.resolve("research.yaml"))).isEqualTo(RESEARCH);
  }

  @Test
  void initWritesANewRegistryThatLintsWithoutErrors() throws Exception {
    Workspace workspace = Workspace.builder().workingDirectory(dir).build();
    assertThat(workspace.init(Path.of("new"))).containsExactly(dir.resolve("new/anthology.yaml").toString(),
        dir.resolve("new/taxonomy.yaml").toString());
    assertThat(Workspace.builder().input(dir.resolve("new")).build().lint().failed()).isFalse();
    assertThatThrownBy(() -> workspace.init(Path.of("new"))).isInstanceOf(AnthologyException.class)
        .hasMessageEndingWith("anthology.yaml: already exists; init never overwrites a file, so nothing was written");
  }

  @Test
  void statisticsComeAsModelCountsOrAsText() throws Exception {
    Workspace workspace = Workspace.builder().input(Path.of("../examples/sota")).build();
    assertThat(workspace.statistics().papers()).isPositive();
    assertThat(workspace.statistics("json")).startsWith("{");
    assertThatThrownBy(() -> workspace.statistics("xml")).isInstanceOf(AnthologyException.class)
        .hasMessage("unknown format `xml`; use text or json");
  }
}
