package io.github.anthology.cli.commands;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The list of commands in help: each with the first sentence of its description, whole (picocli
 * would show the first line of the description, which may stop mid-sentence).
 */
final class CommandSummaries implements CommandLine.IHelpSectionRenderer {
  /** A sentence ends at . ! or ? before a capital, a back-quote or the end (not at "e.g. 2203" or "et al. 2022"). */
  private static final Pattern END = Pattern.compile("[.!?](?=\\s+[A-Z`]|\\s*$)");

  /** Uses these summaries in the help of the command and of every command under it. */
  static void install(CommandLine cli) {
    cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandSummaries());
    cli.getSubcommands().values().forEach(CommandSummaries::install);
  }

  /** The first sentence of a command's description. */
  static String summary(CommandSpec spec) {
    return firstSentence(spec.usageMessage().description());
  }

  /** The first sentence of a description given as lines. */
  static String firstSentence(String[] description) {
    String text = String.join(" ", description).replace("%%", "%").replace("%n", " ").strip();
    Matcher end = END.matcher(text);
    return end.find() ? text.substring(0, end.end()) : text;
  }

  @Override
  public String render(Help help) {
    Map<CommandSpec, String> names = new IdentityHashMap<>();
    help.subcommands().forEach((name, sub) -> {
      if (!sub.commandSpec().usageMessage().hidden()) {
        names.putIfAbsent(sub.commandSpec(), sub.commandSpec().name());
      }
    });
    if (names.isEmpty()) {
      return "";
    }
    int nameWidth = names.values().stream().mapToInt(String::length).max().orElse(0) + 4;
    int width = help.commandSpec().usageMessage().width();
    TextTable table = TextTable.forColumns(help.colorScheme(), new Column(nameWidth, 2, Column.Overflow.SPAN),
        new Column(width - nameWidth, 2, Column.Overflow.WRAP));
    table.indentWrappedLines = 0;
    help.subcommands().values().stream().map(Help::commandSpec).distinct().filter(names::containsKey)
        .forEach(spec -> table.addRowValues(names.get(spec), summary(spec)));
    return table.toString();
  }
}
