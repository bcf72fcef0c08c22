package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintConfigCliTest {
  static final String RESEARCH = "../testdata/anthology-of-the-sota/research.yaml";
  /** The real file's errors other than naming/format: true defects these tests are not about. */
  static final String OTHER = "registry/unresolved-reference: off, paper/duplicate: off, paper/year-key: off";
  static final String OTHER_ERRORS_OFF = "  registry/unresolved-reference: off\n  paper/duplicate: off\n  paper/year-key: off\n";

  @TempDir Path tmp;

  private Path config(String yaml) throws Exception {
    Files.copy(Path.of(RESEARCH), tmp.resolve("research.yaml"));
    return Files.writeString(tmp.resolve("anthology.yaml"), yaml);
  }

  @Test
  void aDirectorysConfigurationIsUsed() throws Exception {
    config("rules:\n  naming/format: warning\n" + OTHER_ERRORS_OFF);
    CliRun r = CliRun.of("lint", tmp.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("warning naming/format topic `MoE`");
  }

  @Test
  void anUnknownRuleIsExitTwoWithItsPosition() throws Exception {
    config("extends: recommended\nrules:\n  naming/formatt: error\n");
    CliRun r = CliRun.of("lint", tmp.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(tmp.resolve("anthology.yaml").normalize()
        + ":3:3: unknown rule `naming/formatt`; `anthology rules` lists the rules there are");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anOptionOfTheWrongTypeIsExitTwoAtTheValue() throws Exception {
    config("rules:\n  taxonomy/overlap-merge:\n    options: {threshold: high}\n");
    CliRun r = CliRun.of("lint", "--config", tmp.resolve("anthology.yaml").toString(), RESEARCH);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("anthology.yaml:3:26: option `threshold` of rule `taxonomy/overlap-merge` must be");
  }

  @Test
  void malformedConfigurationIsExitTwo() throws Exception {
    config("rules: [\n");
    CliRun r = CliRun.of("lint", tmp.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("anthology.yaml:").contains("malformed YAML");
  }

  @Test
  void inputsOfTheConfigurationAreRead() throws Exception {
    Files.createDirectories(tmp.resolve("data"));
    Files.copy(Path.of(RESEARCH), tmp.resolve("data/papers.yaml"));
    Files.writeString(tmp.resolve("anthology.yaml"), "inputs: [data/papers.yaml]\n");
    CliRun r = CliRun.of("lint", tmp.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("data/papers.yaml:833:9: error naming/format");
    CliRun explicit = CliRun.of("lint", "--config", tmp.resolve("anthology.yaml").toString());
    assertThat(explicit.out()).isEqualTo(r.out());
  }

  @Test
  void overridesAndIgnoresFollowTheFile() throws Exception {
    config("overrides:\n  - files: research.yaml\n    rules: {naming/format: info, taxonomy/overlap-merge: off}\n"
        + "rules: {" + OTHER + "}\n");
    CliRun r = CliRun.of("lint", tmp.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("info naming/format").doesNotContain("overlap-merge");
    Files.writeString(tmp.resolve("anthology.yaml"), "ignores: ['*.yaml']\n");
    assertThat(CliRun.of("lint", tmp.toString()).out()).isEmpty();
  }

  @Test
  void failOnFromTheConfigurationAppliesUnlessTheCommandLineSaysOtherwise() throws Exception {
    config("rules: {naming/format: off, " + OTHER + "}\nfail-on: warning\n");
    assertThat(CliRun.of("lint", tmp.toString()).exitCode()).isEqualTo(1);
    assertThat(CliRun.of("lint", "--fail-on", "error", tmp.toString()).exitCode()).isZero();
  }

  @Test
  void aFilePathUsesTheConfigurationBesideIt() throws Exception {
    config("rules: {naming/format: warning, " + OTHER + "}\ninputs: [elsewhere.yaml]\n");
    CliRun r = CliRun.of("lint", tmp.resolve("research.yaml").toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("warning naming/format topic `MoE`");
  }
}
