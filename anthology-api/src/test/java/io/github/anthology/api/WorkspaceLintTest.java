package io.github.anthology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.api.config.Settings;
import io.github.anthology.api.lint.FailPolicy;
import io.github.anthology.api.lint.Level;
import io.github.anthology.api.lint.LintFinding;
import io.github.anthology.api.lint.LintResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLintTest {
  static final Path REAL = Path.of("../testdata/anthology-of-the-sota/research.yaml");
  static final String CLEAN = "2021:\n  - title: Switch Transformers\n    first_author: Fedus\n    year: 2021\n"
      + "    topics: [model-architecture]\n    sota:\n      - Route each token to one expert\n";

  @TempDir Path dir;

  @Test
  void theRealRegistrysFindingsComeGroupedAndCountedWithTheVerdict() throws Exception {
    LintResult result = Workspace.builder().input(REAL).build().lint();

    assertThat(result.files()).containsExactly(REAL.toString());
    assertThat(result.byFile()).containsOnlyKeys(REAL.toString());
    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("naming/format")).extracting(LintFinding::toString)
        .startsWith(REAL + ":833:9: error naming/format topic `MoE` is not hyphenated-lowercase; rename it to `moe`");
    assertThat(result.count(Level.ERROR)).isGreaterThanOrEqualTo(5);
    assertThat(result.failed()).isTrue();
    assertThat(result.failed(new FailPolicy(Level.ERROR, OptionalInt.empty()))).isTrue();
    assertThat(result.policy()).isEqualTo(FailPolicy.DEFAULT);
  }

  @Test
  void anUnsavedTextIsLintedWithTheRestOfTheWorkspaceAsContext() throws Exception {
    Files.writeString(dir.resolve("research.yaml"), CLEAN);
    Files.copy(Path.of("../examples/sota/taxonomy.yaml"), dir.resolve("taxonomy.yaml"));
    Workspace saved = Workspace.builder().input(dir).build();
    assertThat(saved.lint().findings()).noneMatch(f -> f.ruleId().equals("naming/format"));

    Workspace editing = saved.withText(dir.resolve("research.yaml").toString(), CLEAN.replace("model-architecture", "Bad_Tag"));
    LintResult result = editing.lint();

    assertThat(result.files()).containsExactly(dir.resolve("taxonomy.yaml").toString(), dir.resolve("research.yaml").toString());
    assertThat(result.findings()).extracting(LintFinding::ruleId).contains("taxonomy/unknown-topic");
    assertThat(Files.readString(dir.resolve("research.yaml"))).isEqualTo(CLEAN);
  }

  @Test
  void aTextAloneIsLintedWithoutReadingTheDirectory() throws Exception {
    Files.writeString(dir.resolve("research.yaml"), "not: [valid");
    LintResult result = Workspace.builder().workingDirectory(dir).text("research.yaml", CLEAN.replace("model-architecture",
        "Model_Architecture")).build().lint();

    assertThat(result.files()).containsExactly(dir.resolve("research.yaml").toString());
    assertThat(result.findings()).extracting(LintFinding::ruleId).contains("naming/format");
  }

  @Test
  void settingsBuiltInCodeConfigureTheRunAsAFileWould() throws Exception {
    Settings settings = Settings.builder().rule("naming/format", "off").rule("registry/unresolved-reference", "off")
        .rule("paper/duplicate", "off").rule("paper/year-key", "off").failOn(Level.WARNING).maxWarnings(1000).build();
    LintResult result = Workspace.builder().input(REAL).settings(settings).build().lint();

    assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("naming/format")).isNotEmpty();
    assertThat(result.policy()).isEqualTo(new FailPolicy(Level.WARNING, OptionalInt.of(1000)));
    assertThat(result.failed()).isEqualTo(result.count(Level.WARNING) > 0);
  }

  @Test
  void aSettingThatNamesNoRuleIsAnErrorWithoutAPlace() {
    Workspace workspace = Workspace.builder().input(REAL).settings(Settings.builder().rule("naming/formatt", "warning").build())
        .build();

    assertThatThrownBy(workspace::lint).isInstanceOf(AnthologyException.class)
        .hasMessage("unknown rule `naming/formatt`; `anthology rules` lists the rules there are")
        .satisfies(e -> assertThat(((AnthologyException) e).span()).isEmpty());
  }

  @Test
  void theBuildersFailPolicyWinsOverTheConfigurations() throws Exception {
    Files.copy(REAL, dir.resolve("research.yaml"));
    Files.writeString(dir.resolve("anthology.yaml"), "fail-on: info\n");

    assertThat(Workspace.builder().input(dir).build().lint().policy().failOn()).isEqualTo(Level.INFO);
    assertThat(Workspace.builder().input(dir).failOn(Level.ERROR).maxWarnings(3).build().lint().policy())
        .isEqualTo(new FailPolicy(Level.ERROR, OptionalInt.of(3)));
  }

  @Test
  void aWorkingDirectoryResolvesInputsAndFindsItsConfiguration() throws Exception {
    Files.createDirectories(dir.resolve("data"));
    Files.copy(REAL, dir.resolve("data/papers.yaml"));
    Files.writeString(dir.resolve("anthology.yaml"), "inputs: [data/papers.yaml]\n");

    Workspace workspace = Workspace.builder().workingDirectory(dir).build();

    assertThat(workspace.inputs()).containsExactly(dir.resolve("data/papers.yaml"));
    assertThat(workspace.lint().files()).containsExactly(dir.resolve("data/papers.yaml").toString());
  }

  @Test
  void aGlobAddsTheFilesItMatchesAndOneThatMatchesNothingIsAnError() throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("a/research.yaml"), CLEAN);
    Files.copy(Path.of("../examples/sota/taxonomy.yaml"), dir.resolve("taxonomy.yaml"));

    LintResult result = Workspace.builder().workingDirectory(dir).glob("**.yaml").build().lint();
    assertThat(result.files()).containsExactlyInAnyOrder(dir.resolve("a/research.yaml").toString(),
        dir.resolve("taxonomy.yaml").toString());

    assertThatThrownBy(() -> Workspace.builder().workingDirectory(dir).glob("*.json").build().lint())
        .isInstanceOf(AnthologyException.class).hasMessage("*.json: no file matches this glob");
  }

  @Test
  void anUnreadableInputIsOneLineWithItsPlace() {
    assertThatThrownBy(() -> Workspace.builder().input(Path.of("no/such/place")).build().lint())
        .isInstanceOf(AnthologyException.class).hasMessage("no/such/place: no such file or directory");
  }

  @Test
  void anUnknownReportFormatNamesTheFormatsThereAre() {
    assertThatThrownBy(() -> Workspace.builder().build().formatter("xml")).isInstanceOf(AnthologyException.class)
        .hasMessage("unknown format `xml`; use one of text, json, sarif, github, junit, checkstyle");
  }
}
