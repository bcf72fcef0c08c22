package io.github.anthology.cli.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends:} naming a shared file, as ESLint and markdownlint-cli2 read it, from the command line. */
class ExtendsFileTest {
  @TempDir Path tmp;

  private Path registry() throws Exception {
    Path reg = tmp.resolve("reg");
    Files.createDirectories(reg);
    Files.copy(LintConventionsTest.EXAMPLE.resolve("research.yaml"), reg.resolve("research.yaml"));
    Files.writeString(reg.resolve("taxonomy.yaml"),
        Files.readString(LintConventionsTest.EXAMPLE.resolve("taxonomy.yaml")) + LintConventionsTest.BAD_TOPIC);
    Files.createDirectories(tmp.resolve("shared"));
    Files.writeString(tmp.resolve("shared/base.yaml"), "rules:\n  naming/format: off\n"
        + "  taxonomy/overlap-merge: {severity: error, options: {threshold: 0.7, min-topic-size: 4}}\nfail-on: warning\n");
    return reg;
  }

  @Test
  void printConfigShowsTheMergedSettingsAndLintAppliesThem() throws Exception {
    Path reg = registry();
    Files.writeString(reg.resolve("anthology.yaml"), "extends: ../shared/base.yaml\n"
        + "rules:\n  taxonomy/overlap-merge: {options: {threshold: 0.8}}\n");

    CliRun shown = CliRun.of("lint", "--print-config", reg.resolve("taxonomy.yaml").toString());
    assertThat(shown.exitCode()).as(shown.err()).isZero();
    assertThat(shown.out()).contains("configuration: " + reg.resolve("anthology.yaml"))
        .contains("fail-on: warning\n").contains("  naming/format: 'off'\n")
        .contains("  taxonomy/overlap-merge:\n    severity: error\n").contains("      threshold: 0.8\n").contains("      min-topic-size: 4\n");
    CliRun lint = CliRun.of("lint", reg.toString());
    assertThat(lint.out()).doesNotContain("naming/format");
  }

  @Test
  void aCycleIsOneLineAndExitCodeTwo() throws Exception {
    Path reg = registry();
    Files.writeString(tmp.resolve("shared/base.yaml"), "extends: ../reg/anthology.yaml\n");
    Files.writeString(reg.resolve("anthology.yaml"), "extends: ../shared/base.yaml\n");

    CliRun r = CliRun.of("lint", reg.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception")
        .endsWith("base.yaml:1:10: `extends` cycle: anthology.yaml extends ../shared/base.yaml,"
            + " which extends ../reg/anthology.yaml again");
  }

  @Test
  void aMissingFileIsOneLineAndExitCodeTwo() throws Exception {
    Path reg = registry();
    Files.writeString(reg.resolve("anthology.yaml"), "extends: ../shared/gone.yaml\n");

    CliRun r = CliRun.of("lint", reg.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(reg.resolve("anthology.yaml")
        + ":1:10: `extends` names ../shared/gone.yaml, which is not a file");
  }
}
