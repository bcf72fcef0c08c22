package io.github.anthology.cli.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import org.junit.jupiter.api.Test;

/** A mistyped command or option is exit 2 with the nearest name, as git and ESLint suggest it. */
class DidYouMeanTest {
  @Test
  void aMistypedCommandSuggestsTheCommand() {
    CliRun r = CliRun.of("lnt");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("anthology: unknown command `lnt` for `anthology`; did you mean `lint`?\n"
        + "Try 'anthology --help'.\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMistypedOptionSuggestsTheOptionOfItsCommand() {
    CliRun r = CliRun.of("lint", "--formt", "json", "../examples/sota");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("anthology: unknown option `--formt`; did you mean `--format`?\n"
        + "Try 'anthology lint --help'.\n");
  }

  @Test
  void aMistypedOptionWithItsValueAttachedIsStillRecognised() {
    assertThat(CliRun.of("lint", "--fial-on=warning", "../examples/sota").err())
        .startsWith("anthology: unknown option `--fial-on`; did you mean `--fail-on`?");
  }

  @Test
  void aNestedCommandIsSuggestedAmongItsSiblings() {
    assertThat(CliRun.of("calc", "flop").err())
        .startsWith("anthology: unknown command `flop` for `anthology calc`; did you mean `flops`?");
  }

  @Test
  void nothingCloseIsNoGuess() {
    CliRun r = CliRun.of("frobnicate");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("anthology: unknown command `frobnicate` for `anthology`\n");
  }
}
