package io.github.anthology.cli.commands;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Builds the command line with only the sub-command a run names: picocli reads every option of
 * every sub-command it is given, which was a third of the start-up of a small lint. A run that
 * names none (help, no arguments, a typo) gets them all, so help and errors list every one.
 */
public final class Subcommands {
  private Subcommands() {}

  public static CommandLine commandLine(AnthologyCommand top, String... args) {
    CommandLine cli = new CommandLine(top);
    String first = args.length == 0 ? "" : args[0];
    List<Class<?>> named = AnthologyCommand.SUBCOMMANDS.stream().filter(c -> names(c).contains(first)).toList();
    for (Class<?> subcommand : named.isEmpty() ? AnthologyCommand.SUBCOMMANDS : named) {
      cli.addSubcommand(subcommand);
    }
    CommandSummaries.install(cli);
    return cli;
  }

  private static List<String> names(Class<?> subcommand) {
    Command command = subcommand.getAnnotation(Command.class);
    String[] aliases = command.aliases();
    String[] all = Arrays.copyOf(aliases, aliases.length + 1);
    all[aliases.length] = command.name();
    return List.of(all);
  }
}
