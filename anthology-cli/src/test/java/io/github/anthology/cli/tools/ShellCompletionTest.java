package io.github.anthology.cli.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code source <(anthology completion bash)} completes in a real bash, as the shell drives its function. */
class ShellCompletionTest {
  @TempDir Path tmp;

  /** The words bash offers after typing {@code line} and TAB. */
  private List<String> complete(String line) throws Exception {
    CliRun script = CliRun.of("completion", "bash");
    assertThat(script.exitCode()).as(script.err()).isZero();
    Path file = Files.writeString(tmp.resolve("anthology.bash"), script.out());
    String driver = "source " + file + "\n"
        + "COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}\n"
        + "read -ra COMP_WORDS <<< \"$COMP_LINE\"\n"
        + "[[ \"$COMP_LINE\" == *' ' ]] && COMP_WORDS+=('')\n"
        + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
        + "complete -p anthology >/dev/null || exit 9\n"
        + "_complete_anthology anthology \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    ExternalTool.Result r = ExternalTool.run(tmp, Map.of(), 1, List.of("bash", "--norc", "-ic", driver));
    assertThat(r.exitCode()).as(r.output()).isZero();
    return r.output().lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("bash:")).toList();
  }

  @Test
  void theCommandsCompleteFromTheirFirstLetters() throws Exception {
    assertThat(complete("anthology li")).containsExactly("lint");
    assertThat(complete("anthology ")).contains("lint", "build", "diff", "completion", "calc");
  }

  @Test
  void aCommandsOptionsAndAnOptionsValuesComplete() throws Exception {
    assertThat(complete("anthology lint --for")).containsExactly("--format");
    assertThat(complete("anthology lint --format s")).containsExactly("sarif");
  }

  @Test
  void zshGetsTheSameScriptThroughBashcompinit() {
    CliRun zsh = CliRun.of("completion", "zsh");
    assertThat(zsh.exitCode()).isZero();
    assertThat(zsh.out()).contains("bashcompinit").contains("complete -F _complete_anthology");
  }

  @Test
  void fishGetsACompleteLinePerCommandAndOption() {
    CliRun fish = CliRun.of("completion", "fish");
    assertThat(fish.exitCode()).isZero();
    assertThat(fish.out()).contains("complete -c anthology -n '__fish_use_subcommand' -a lint -d 'Checks a registry")
        .contains("complete -c anthology -n '__fish_seen_subcommand_from lint' -l format -x -a 'text json sarif")
        .contains("-n '__fish_seen_subcommand_from calc' -a flops");
  }

  @Test
  void anUnknownShellIsAUsageError() {
    CliRun r = CliRun.of("completion", "tcsh");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("tcsh").contains("bash, zsh, fish");
  }
}
