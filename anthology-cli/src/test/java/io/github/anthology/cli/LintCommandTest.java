package io.github.anthology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  static final String REAL = "../testdata/anthology-of-the-sota/research.yaml";

  @Test
  void theRealRegistryReportsItsFiveBadlyFormattedTagsAtTheirLinesAndFails() {
    CliRun run = CliRun.of("lint", REAL);
    assertThat(run.exitCode()).isEqualTo(1);
    List<String> formatErrors = run.out().lines().filter(l -> l.contains(" error naming/format ")).toList();
    assertThat(formatErrors).containsExactly(
        REAL + ":833:9: error naming/format topic `MoE` is not hyphenated-lowercase; rename it to `moe`",
        REAL + ":1589:9: error naming/format topic `inference optimization` is not hyphenated-lowercase;"
            + " rename it to `inference-optimization`",
        REAL + ":1590:9: error naming/format topic `memory efficiency` is not hyphenated-lowercase;"
            + " rename it to `memory-efficiency`",
        REAL + ":1591:9: error naming/format topic `hardware efficiency` is not hyphenated-lowercase;"
            + " rename it to `hardware-efficiency`",
        REAL + ":1592:9: error naming/format topic `inference throughput` is not hyphenated-lowercase;"
            + " rename it to `inference-throughput`");
  }

  @Test
  void theBundledExamplePassesWithOnlyItsKnownSuffixWarning() {
    CliRun run = CliRun.of("lint", "../examples/sota");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain(" error ");
    assertThat(run.out()).contains("taxonomy.yaml:33:11: warning naming/standard-suffix topic `model-stability`");
  }

  @Test
  void jsonOutputCarriesRuleSeverityPositionAndSummary() throws Exception {
    CliRun run = CliRun.of("lint", "--format", "json", REAL);
    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode moe = null;
    for (JsonNode f : json.get("findings")) {
      if (f.get("message").asText().contains("`MoE`")) {
        moe = f;
      }
    }
    assertThat(moe).isNotNull();
    assertThat(moe.get("ruleId").asText()).isEqualTo("naming/format");
    assertThat(moe.get("location").get("line").asInt()).isEqualTo(833);
    assertThat(moe.get("pointer").asText()).isEqualTo("topic:MoE");
    assertThat(json.get("summary").get("errors").asInt()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void aTruncatedFileGivesOneErrorLineAndExitTwo(@TempDir Path dir) throws Exception {
    String real = Files.readString(Path.of(REAL));
    Path cut = dir.resolve("research.yaml");
    Files.writeString(cut, real.substring(0, real.indexOf("Attention Is All") + 5));
    CliRun run = CliRun.of("lint", cut.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList()).singleElement()
        .satisfies(l -> assertThat(l).matches(".*research\\.yaml:\\d+:\\d+: malformed YAML: .*"));
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingPathIsAUsageError() {
    CliRun run = CliRun.of("lint", "no/such/place");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("no/such/place: no such file or directory\n");
  }

  @Test
  void aFileThatIsNotARegistryIsNamed(@TempDir Path dir) throws Exception {
    Path other = dir.resolve("other.yaml");
    Files.writeString(other, "name: not a registry\n");
    CliRun run = CliRun.of("lint", other.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not a research.yaml, taxonomy.yaml or registry.yaml file");
  }

  @Test
  void anUnknownFormatIsAUsageErrorListingTheFormats() {
    CliRun run = CliRun.of("lint", "--format", "xml", REAL);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown format `xml`").contains("text");
  }

  @Test
  void failOnWarningTurnsWarningsIntoFailure() {
    assertThat(CliRun.of("lint", "--fail-on", "warning", "../examples/sota").exitCode()).isEqualTo(1);
  }

  @Test
  void helpAndVersionAnswerAndExitZero() {
    CliRun help = CliRun.of("lint", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: anthology lint").contains("--fail-on");
    CliRun version = CliRun.of("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("anthology ");
  }
}
