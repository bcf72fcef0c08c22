package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintBaselineCliTest {
  static final String RESEARCH = "../testdata/anthology-of-the-sota/research.yaml";

  @TempDir Path tmp;

  @Test
  void theRealRegistryPassesAgainstItsOwnBaseline() throws Exception {
    Path baseline = tmp.resolve("baseline.json");
    CliRun write = CliRun.of("lint", "--write-baseline", baseline.toString(), RESEARCH);
    assertThat(write.exitCode()).isZero();
    assertThat(write.out()).isEmpty();
    assertThat(write.err()).startsWith("anthology: wrote ").contains(" findings to the baseline ");
    assertThat(Files.readString(baseline)).contains("\"pointer\" : \"topic:MoE\"").doesNotContain("\"line\"");

    CliRun run = CliRun.of("lint", "--baseline", baseline.toString(), "--fail-on", "info", RESEARCH);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("findings are in the baseline").doesNotContain("match nothing");
  }

  @Test
  void writingTheBaselineTwiceGivesTheSameBytes() throws Exception {
    Path one = tmp.resolve("one.json");
    Path two = tmp.resolve("two.json");
    CliRun.of("lint", "--write-baseline", one.toString(), RESEARCH);
    CliRun.of("lint", "--write-baseline", two.toString(), RESEARCH);
    assertThat(Files.readString(two)).isEqualTo(Files.readString(one));
  }

  @Test
  void onlyANewDefectIsReportedAndFails() throws Exception {
    Path research = Files.copy(Path.of(RESEARCH), tmp.resolve("research.yaml"));
    Path baseline = tmp.resolve("baseline.json");
    assertThat(CliRun.of("lint", "--write-baseline", baseline.toString(), research.toString()).exitCode()).isZero();
    assertThat(CliRun.of("lint", "--baseline", baseline.toString(), research.toString()).exitCode()).isZero();

    String text = Files.readString(research);
    Files.writeString(research, text.replace("      - MoE\n", "      - MoE\n      - Bad_Tag\n"));
    CliRun run = CliRun.of("lint", "--baseline", baseline.toString(), "--format", "json", research.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"errors\" : 1").contains("topic `Bad_Tag` is not hyphenated-lowercase")
        .contains("\"warnings\" : 0");
  }

  @Test
  void aFixedDefectLeavesAStaleEntryThatIsListed() throws Exception {
    Path research = Files.copy(Path.of(RESEARCH), tmp.resolve("research.yaml"));
    Path baseline = tmp.resolve("baseline.json");
    CliRun.of("lint", "--write-baseline", baseline.toString(), research.toString());
    Files.writeString(research, Files.readString(research).replace("      - MoE\n", "      - moe\n"));
    CliRun run = CliRun.of("lint", "--baseline", baseline.toString(), research.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("baseline.json: 1 baseline entries match nothing any more")
        .contains("  research.yaml naming/format topic:MoE");
  }

  @Test
  void theConfigurationNamesTheBaselineRelativeToItself() throws Exception {
    Files.copy(Path.of(RESEARCH), tmp.resolve("research.yaml"));
    Files.writeString(tmp.resolve("anthology.yaml"), "baseline: known.json\n");
    assertThat(CliRun.of("lint", "--write-baseline", tmp.resolve("known.json").toString(), tmp.toString()).exitCode())
        .isZero();
    assertThat(CliRun.of("lint", tmp.toString()).exitCode()).isZero();
  }

  @Test
  void aMissingOrBrokenBaselineIsExitTwo() throws Exception {
    CliRun missing = CliRun.of("lint", "--baseline", tmp.resolve("none.json").toString(), RESEARCH);
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("none.json: no such baseline file");
    Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"version\": 1,\n \"entries\": [\n");
    CliRun run = CliRun.of("lint", "--baseline", broken.toString(), RESEARCH);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).containsPattern("broken\\.json:\\d+:\\d+: malformed baseline JSON");
  }
}
