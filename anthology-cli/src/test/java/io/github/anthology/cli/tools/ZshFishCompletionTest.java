package io.github.anthology.cli.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code anthology completion zsh} and {@code fish} in the real shells: zsh driven on a
 * pseudo-terminal as a user types the line and TAB (its completion system, through
 * {@code bashcompinit}), fish asked with {@code complete -C}. Skipped where the shell is not
 * installed; a failure in CI, which installs both.
 */
class ZshFishCompletionTest {
  @TempDir Path tmp;

  private static boolean installed(String shell) {
    return Files.isExecutable(Path.of("/usr/bin", shell)) || Files.isExecutable(Path.of("/bin", shell));
  }

  private Path script(String shell) throws Exception {
    CliRun script = CliRun.of("completion", shell);
    assertThat(script.exitCode()).as(script.err()).isZero();
    return Files.writeString(tmp.resolve("anthology." + shell), script.out());
  }

  /** The words zsh offers after typing {@code line} and TAB. */
  private List<String> zsh(String line) throws Exception {
    ExternalTool.requireOrSkip(installed("zsh"), "zsh", "apt-get install zsh");
    Path driver = Path.of(getClass().getResource("/completion/drive.zsh").toURI());
    ExternalTool.Result r = ExternalTool.run(tmp, Map.of(), 1,
        List.of("zsh", "-f", driver.toString(), script("zsh").toString(), line));
    assertThat(r.exitCode()).as(r.output()).isZero();
    return r.output().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The words fish offers for {@code line}, without their descriptions. */
  private List<String> fish(String line) throws Exception {
    ExternalTool.requireOrSkip(installed("fish"), "fish", "apt-get install fish");
    ExternalTool.Result r = ExternalTool.run(tmp, Map.of(), 1,
        List.of("fish", "--no-config", "-c", "source " + script("fish") + "; complete -C '" + line + "'"));
    assertThat(r.exitCode()).as(r.output()).isZero();
    return r.output().lines().map(s -> s.split("\t")[0]).filter(s -> !s.isBlank()).toList();
  }

  private List<String> offered(String shell, String line) throws Exception {
    return shell.equals("zsh") ? zsh(line) : fish(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"zsh", "fish"})
  void commandsOptionsAndValuesComplete(String shell) throws Exception {
    assertThat(offered(shell, "anthology li")).containsExactly("lint");
    assertThat(offered(shell, "anthology ")).contains("lint", "build", "diff", "completion", "calc");
    assertThat(offered(shell, "anthology lint --for")).containsExactly("--format");
    assertThat(offered(shell, "anthology lint --format s")).containsExactly("sarif");
  }
}
