package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import org.junit.jupiter.api.Test;

class LintParseOnlyTest {
  private static final String REAL = "../testdata/anthology-of-the-sota/research.yaml";

  @Test
  void withNoRulesTheRealRegistryIsReadAndNothingIsReported() {
    CliRun r = CliRun.of("lint", "--rules", "none", REAL);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void withAllRulesTheSameRegistryHasFindings() {
    CliRun r = CliRun.of("lint", "--rules", "all", REAL);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("naming/format");
  }

  @Test
  void withNoRulesUnreadableInputIsStillAnError() {
    CliRun r = CliRun.of("lint", "--rules", "none", "no-such-dir");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no such file or directory");
  }

  @Test
  void anUnknownRuleSelectionIsAUsageError() {
    CliRun r = CliRun.of("lint", "--rules", "some", REAL);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--rules must be all or none");
  }

  @Test
  void helpDescribesTheParseOnlyMode() {
    assertThat(CliRun.of("lint", "--help").out()).contains("--rules=WHICH").contains("parse-only");
  }
}
