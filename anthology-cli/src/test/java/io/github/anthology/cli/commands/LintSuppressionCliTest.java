package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintSuppressionCliTest {
  static final String RESEARCH = "../testdata/anthology-of-the-sota/research.yaml";

  @TempDir Path tmp;

  /** The real registry with a comment line inserted before its line {@code before} (1-based). */
  private Path withComment(int before, String comment) throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(RESEARCH)));
    String line = lines.get(before - 1);
    String indent = line.substring(0, line.length() - line.stripLeading().length());
    lines.add(before - 1, indent + comment);
    return Files.write(tmp.resolve("research.yaml"), lines);
  }

  @Test
  void aReasonedDirectiveHidesTheRealMoeFindingAndNothingElse() throws Exception {
    Path file = withComment(833, "# anthology-disable-next-line naming/format -- the paper's own spelling");
    CliRun run = CliRun.of("lint", file.toString());
    assertThat(run.out()).doesNotContain("`MoE`").doesNotContain("suppression/")
        .contains("topic `memory efficiency`");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void aDirectiveWithoutReasonIsAWarningAtTheComment() throws Exception {
    Path file = withComment(833, "# anthology-disable-next-line naming/format");
    CliRun run = CliRun.of("lint", file.toString());
    assertThat(run.out()).doesNotContain("`MoE`")
        .contains(file + ":833:7: warning suppression/missing-reason");
  }

  @Test
  void aDirectiveOnTheWrongLineIsUnusedAndHidesNothing() throws Exception {
    Path file = withComment(832, "# anthology-disable-next-line naming/format -- wrong place");
    CliRun run = CliRun.of("lint", file.toString());
    assertThat(run.out()).contains("topic `MoE`")
        .contains("warning suppression/unused `# anthology-disable-next-line naming/format` suppresses nothing");
  }

  @Test
  void theConfigurationCanTurnTheSuppressionRulesOff() throws Exception {
    Path file = withComment(832, "# anthology-disable-next-line naming/format");
    Files.writeString(tmp.resolve("anthology.yaml"), "rules: {suppression/unused: off, suppression/missing-reason: off}\n");
    CliRun run = CliRun.of("lint", tmp.toString());
    assertThat(run.out()).doesNotContain("suppression/").contains("topic `MoE`");
  }

  @Test
  void aSuppressedFindingIsNotFixed() throws Exception {
    Path file = withComment(833, "# anthology-disable-next-line naming/format -- the paper's own spelling");
    CliRun run = CliRun.of("lint", "--fix-dry-run", file.toString());
    assertThat(run.out()).contains("+      - memory-efficiency").doesNotContain("+      - moe");
  }
}
