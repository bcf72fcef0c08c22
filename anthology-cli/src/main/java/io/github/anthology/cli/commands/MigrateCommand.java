package io.github.anthology.cli.commands;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code anthology migrate}: retag a registry by its taxonomy's {@code previously} lists. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
      "Retags every recommendation so its primary topic is a topic of the taxonomy.",
      "A tag listed under some topic's `previously` (or naming a deprecated topic) becomes that",
      "topic; a tag the retagging repeats is removed; a paper whose first tag maps to nothing gets",
      "its first mapped tag swapped to the front. Other tags are kept. Only tag tokens change.",
      "Recommendations left without a taxonomy topic are listed on stderr (exit code 1).",
      "Prints the change as a unified diff unless --write is given."
    })
public final class MigrateCommand implements Callable<Integer> {
  @ParentCommand AnthologyCommand parent;

  @Mixin RewriteOptions options;

  @Option(names = "--map", paramLabel = "OLD=TOPIC",
      description = "Also retag OLD as TOPIC (repeatable), for tags no `previously` list names.")
  Map<String, String> extra = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    return new RewriteOutput(parent.console()).present(options.workspace().migrate(extra), options.write);
  }
}
