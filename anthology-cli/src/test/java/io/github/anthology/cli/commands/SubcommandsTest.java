package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandsTest {
  private static final List<String> ALL = List.of(
      "lint", "ids", "migrate", "topic", "init", "build", "diff", "serve", "stats", "import-list", "rules", "explain",
      "calc", "papers", "lsp");

  private static CommandLine commandLine(String... args) {
    Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    return Subcommands.commandLine(new AnthologyCommand(console), args);
  }

  @Test
  void aRunThatNamesASubcommandGetsOnlyThatOne() {
    assertThat(commandLine("lint", "research.yaml").getSubcommands()).containsOnlyKeys("lint");
    assertThat(commandLine("topic", "rename", "a", "b").getSubcommands()).containsOnlyKeys("topic");
  }

  @Test
  void aRunThatNamesNoSubcommandGetsEveryOneInHelpOrder() {
    assertThat(commandLine().getSubcommands().keySet()).containsExactlyElementsOf(ALL);
    assertThat(commandLine("--help").getSubcommands().keySet()).containsExactlyElementsOf(ALL);
    assertThat(commandLine("lnit").getSubcommands().keySet()).containsExactlyElementsOf(ALL);
  }

  @Test
  void theTopLevelHelpListsEverySubcommand() {
    String help = CliRun.of("--help").out();
    assertThat(ALL).allSatisfy(name -> assertThat(help).containsPattern("(?m)^  " + name + " "));
  }

  @Test
  void aSubcommandsHelpNamesItsParent() {
    assertThat(CliRun.of("lint", "--help").out()).startsWith("Usage: anthology lint ");
    assertThat(CliRun.of("topic", "rename", "--help").out()).startsWith("Usage: anthology topic rename ");
  }

  @Test
  void anUnknownSubcommandIsAUsageError() {
    CliRun run = CliRun.of("lnit");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched argument at index 0: 'lnit'").contains("anthology --help");
  }
}
