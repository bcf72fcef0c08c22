package io.github.anthology.cli.commands;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code anthology topic}: the topic conventions' maintenance operations, every reference updated. */
@Command(
    name = "topic",
    mixinStandardHelpOptions = true,
    description = {
      "Renames, deprecates, merges or splits topics, updating every reference to them.",
      "Edits taxonomy.yaml and research.yaml as the topic conventions ask",
      "(docs/conventions.md); prints a unified diff unless --write is given."
    },
    subcommands = {TopicCommand.Rename.class, TopicCommand.Deprecate.class, TopicCommand.Merge.class,
        TopicCommand.Split.class})
public final class TopicCommand implements Runnable {
  @ParentCommand AnthologyCommand parent;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(parent.console().out());
  }

  Console console() {
    return parent.console();
  }

  @Command(name = "rename", mixinStandardHelpOptions = true,
      description = {"Renames a topic, every tag and every reference to it; the old name is kept under",
          "the topic's `previously` so it stays resolvable."})
  static final class Rename implements Callable<Integer> {
    @ParentCommand TopicCommand topic;
    @Mixin TopicTarget target;
    @Parameters(index = "0", paramLabel = "OLD") String old;
    @Parameters(index = "1", paramLabel = "NEW") String renamed;

    @Override
    public Integer call() throws Exception {
      return new RewriteOutput(topic.console()).present(target.topics().rename(old, renamed), target.write);
    }
  }

  @Command(name = "deprecate", mixinStandardHelpOptions = true,
      description = {"Marks a topic deprecated, keeping reason, date and successor. With --replaced-by,",
          "its recommendations and references move to the successor; without, the recommendations",
          "still on it are listed (exit code 1)."})
  static final class Deprecate implements Callable<Integer> {
    @ParentCommand TopicCommand topic;
    @Mixin TopicTarget target;
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is deprecated.") String reason;
    @Option(names = "--replaced-by", paramLabel = "TOPIC", description = "The active topic that replaces it.") String replacedBy;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date to record (default: today, UTC).") LocalDate date;

    @Override
    public Integer call() throws Exception {
      return new RewriteOutput(topic.console()).present(target.topics().deprecate(name, reason,
          Optional.ofNullable(replacedBy), TopicTarget.date(date)), target.write);
    }
  }

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = {"Merges topics into one, as the conventions ask when their overlap exceeds 50%%.",
          "Each is deprecated with `merged into TOPIC`; its name and `previously` go to",
          "the target's `previously`, its scope items to the target's scope, and its",
          "recommendations and references move."})
  static final class Merge implements Callable<Integer> {
    @ParentCommand TopicCommand topic;
    @Mixin TopicTarget target;
    @Parameters(arity = "1..*", paramLabel = "TOPIC") List<String> sources;
    @Option(names = "--into", required = true, paramLabel = "TOPIC", description = "The active topic to merge into.") String into;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date to record (default: today, UTC).") LocalDate date;

    @Override
    public Integer call() throws Exception {
      return new RewriteOutput(topic.console()).present(
          target.topics().merge(sources, into, TopicTarget.date(date)), target.write);
    }
  }

  @Command(name = "split", mixinStandardHelpOptions = true,
      description = {"Splits a topic that became too broad: the new topics are added, the old one is",
          "deprecated with the first new topic as successor, and its recommendations move there;",
          "move those that belong to the other new topics by hand (the criteria are yours)."})
  static final class Split implements Callable<Integer> {
    @ParentCommand TopicCommand topic;
    @Mixin TopicTarget target;
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Option(names = "--into", required = true, arity = "2..*", paramLabel = "TOPIC", description = "The new topics.") List<String> into;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date to record (default: today, UTC).") LocalDate date;

    @Override
    public Integer call() throws Exception {
      return new RewriteOutput(topic.console()).present(
          target.topics().split(name, into, TopicTarget.date(date)), target.write);
    }
  }
}
