package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry PyYAML wrote with shared lists (95 aliases, far over the old limit of 20) reads in every command. */
class PyYamlAliasesTest {
  private static final Path FIXTURE = Path.of("../testdata/pyyaml-aliases/research.yaml");

  @TempDir Path dir;

  @Test
  void lintBuildStatsAndIdsReadIt() throws IOException {
    Path research = Files.copy(FIXTURE, dir.resolve("research.yaml"));
    CliRun lint = CliRun.of("lint", research.toString());
    assertThat(lint.exitCode()).as(lint.err()).isIn(0, 1);
    assertThat(lint.err()).doesNotContain("aliases");
    assertThat(CliRun.of("build", research.toString(), "--out", dir.resolve("site").toString()).exitCode()).isZero();
    assertThat(CliRun.of("stats", research.toString()).out()).contains("papers");
    CliRun ids = CliRun.of("ids", research.toString(), "--write");
    assertThat(ids.exitCode()).as(ids.err()).isEqualTo(1);
    assertThat(ids.err()).contains("share through an alias");
    assertThat(Files.readString(research)).contains("id: MLR-");
    assertThat(CliRun.of("lint", research.toString()).exitCode()).isIn(0, 1);
  }
}
