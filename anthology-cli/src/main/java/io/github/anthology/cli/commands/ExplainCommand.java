package io.github.anthology.cli.commands;

import io.github.anthology.api.Workspace;
import picocli.CommandLine.Mixin;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code anthology explain RULE}: a rule's documentation page. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Prints a rule's documentation: summary, rationale, options, a bad and a good example.")
public final class ExplainCommand implements Callable<Integer> {
  @ParentCommand AnthologyCommand parent;

  @Parameters(paramLabel = "RULE", description = "A rule id such as naming/format (see 'anthology rules').")
  String id;

  @Mixin PluginOptions plugins;

  @Override
  public Integer call() throws Exception {
    parent.console().out().print(plugins.addTo(Workspace.builder()).build().rules().explain(id));
    return ExitCode.OK.code();
  }
}
