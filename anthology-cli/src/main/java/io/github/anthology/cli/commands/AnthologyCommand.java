package io.github.anthology.cli.commands;

import io.github.anthology.cli.commands.calc.CalcCommand;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code anthology} command: its sub-commands do the work. */
@Command(
    name = "anthology",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lints, repairs and renders registries of ML-training best practices.",
    synopsisSubcommandLabel = "COMMAND",
    footer = {"", "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad usage or unreadable input."})
public final class AnthologyCommand implements Runnable {
  /** The sub-commands, in help order; {@link Subcommands} adds only the one a run names. */
  public static final List<Class<?>> SUBCOMMANDS = List.of(LintCommand.class, IdsCommand.class,
      MigrateCommand.class, TopicCommand.class, InitCommand.class, BuildCommand.class, DiffCommand.class,
      ServeCommand.class, StatsCommand.class, ImportListCommand.class, RulesCommand.class, ExplainCommand.class,
      CalcCommand.class, PapersCommand.class, LspCommand.class);

  private final Console console;

  @Spec CommandSpec spec;

  public AnthologyCommand(Console console) {
    this.console = console;
  }

  public Console console() {
    return console;
  }

  @Override
  public void run() {
    spec.commandLine().usage(console.out());
  }
}
