package io.github.anthology.cli.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** A fish completion script from the command tree: each command under its parent, each option under its command. */
final class FishCompletion {
  private FishCompletion() {}

  static String script(CommandLine top) {
    List<String> lines = new ArrayList<>();
    lines.add("# fish completion for anthology: anthology completion fish > ~/.config/fish/completions/anthology.fish");
    lines.add("complete -c anthology -f");
    add(lines, top.getCommandSpec(), "__fish_use_subcommand");
    return String.join("\n", lines) + "\n";
  }

  private static void add(List<String> lines, CommandSpec spec, String condition) {
    for (OptionSpec option : spec.options()) {
      if (!option.hidden()) {
        lines.add("complete -c anthology -n '" + condition + "'" + names(option) + values(option)
            + " -d " + quoted(summary(option.description())));
      }
    }
    for (Map.Entry<String, CommandLine> sub : spec.subcommands().entrySet()) {
      CommandSpec child = sub.getValue().getCommandSpec();
      if (!sub.getKey().equals(child.name())) {
        continue; // an alias: the command is listed under its name
      }
      lines.add("complete -c anthology -n '" + condition + "' -a " + sub.getKey()
          + " -d " + quoted(summary(child.usageMessage().description())));
      add(lines, child, "__fish_seen_subcommand_from " + sub.getKey());
    }
  }

  private static String names(OptionSpec option) {
    StringBuilder out = new StringBuilder();
    for (String name : option.names()) {
      out.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
    }
    return out.toString();
  }

  /** What an option takes: nothing, one of its candidates, or a file. */
  private static String values(OptionSpec option) {
    if (option.arity().max() == 0) {
      return "";
    }
    if (option.completionCandidates() != null) {
      List<String> candidates = new ArrayList<>();
      option.completionCandidates().forEach(candidates::add);
      return " -x -a " + quoted(String.join(" ", candidates));
    }
    return " -r -F";
  }

  private static String summary(String[] description) {
    return CommandSummaries.firstSentence(description);
  }

  private static String quoted(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
