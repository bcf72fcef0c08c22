package io.github.anthology.cli.commands;

import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.engine.RuleDocs;
import io.github.anthology.rules.engine.RuleRegistry;
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

  @Override
  public Integer call() throws Exception {
    RuleRegistry registry = RuleRegistry.load();
    Rule rule = registry.find(id).orElseThrow(() -> new UsageError("unknown rule `" + id + "`"
        + registry.suggest(id).map(s -> "; did you mean `" + s + "`?").orElse("")
        + " (see 'anthology rules')"));
    String page = RuleDocs.page(rule).orElseThrow(() -> new UsageError(
        "rule `" + id + "` has no documentation page (" + RuleDocs.resource(rule) + ")"));
    parent.console().out().print(page);
    return ExitCode.OK.code();
  }
}
