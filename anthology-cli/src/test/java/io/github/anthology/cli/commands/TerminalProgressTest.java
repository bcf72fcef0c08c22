package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bar shows only after its delay, picks up the steps taken before it, and only on a terminal outside CI. */
class TerminalProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void workQuickerThanTheDelayPrintsNothing() {
    try (TerminalProgress progress = new TerminalProgress("lint", err, 60_000)) {
      progress.step("reading registry");
      progress.step("linting 2 files");
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void longerWorkShowsTheBarWithTheCurrentStep() throws Exception {
    try (TerminalProgress progress = new TerminalProgress("build", err, 50)) {
      progress.step("reading registry");
      Thread.sleep(400);
      progress.start(3);
      progress.step("rendering index.html");
    }
    String shown = bytes.toString(StandardCharsets.UTF_8);
    assertThat(shown).contains("build").contains("rendering index.html");
  }

  @Test
  void filesToReadAddToTheTotalAndEachCountsAsAStep() throws Exception {
    try (TerminalProgress progress = new TerminalProgress("lint", err, 0)) {
      progress.start(2); // linting, writing
      progress.expect(3);
      Thread.sleep(100);
      progress.step("reading a.yaml");
      progress.step("reading b.yaml");
      Thread.sleep(400);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(" 2/5 ").contains("reading b.yaml");
  }

  @Test
  void onlyOnATerminalAndNeverInCiOrWhenTurnedOff() {
    assertThat(TerminalProgress.shown(true, Map.of())).isTrue();
    assertThat(TerminalProgress.shown(false, Map.of())).isFalse();
    assertThat(TerminalProgress.shown(true, Map.of("CI", "true"))).isFalse();
    assertThat(TerminalProgress.shown(true, Map.of("NO_PROGRESS", "1"))).isFalse();
  }

  @Test
  void terminalDevicesAreToldFromFilesAndPipes() {
    assertThat(Terminals.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(Terminals.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(Terminals.isTerminalDevice("pipe:[123456]")).isFalse();
    assertThat(Terminals.isTerminalDevice("/tmp/lint.log")).isFalse();
    assertThat(Terminals.isTerminalDevice("/dev/null")).isFalse();
  }
}
