package io.github.anthology.cli.commands;

import io.github.anthology.api.Workspace;
import picocli.CommandLine.Mixin;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code anthology rules}: the catalogue of rules, built-in and plugged in. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every rule: id, default severity, whether it has a fix, and what it checks.",
      "Run 'anthology explain RULE' for a rule's rationale, options and examples."
    })
public final class RulesCommand implements Callable<Integer> {
  @ParentCommand AnthologyCommand parent;

  @Mixin PluginOptions plugins;

  @Override
  public Integer call() throws Exception {
    parent.console().out().print(plugins.addTo(Workspace.builder()).build().rules().table());
    return ExitCode.OK.code();
  }
}
