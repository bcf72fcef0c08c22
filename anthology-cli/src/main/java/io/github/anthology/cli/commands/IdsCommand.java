package io.github.anthology.cli.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code anthology ids}: give every recommendation without an id a stable one. */
@Command(
    name = "ids",
    mixinStandardHelpOptions = true,
    description = {
      "Assigns MLR-<year>-<Author><NNN>-<NNNN> ids to recommendations that have none.",
      "Ids already written are never changed or reused. A plain `- \"text\"` item becomes",
      "`- text: \"text\"` with an `id:` line under it; comments and everything else stay as they are.",
      "Prints the change as a unified diff unless --write is given."
    })
public final class IdsCommand implements Callable<Integer> {
  @ParentCommand AnthologyCommand parent;

  @Mixin RewriteOptions options;

  @Override
  public Integer call() throws Exception {
    return new RewriteOutput(parent.console()).present(options.workspace().assignIds(), options.write);
  }
}
