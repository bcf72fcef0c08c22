package io.github.anthology.cli.commands;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.render.report.ReportFormat;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.engine.ConfiguredRule;
import io.github.anthology.rules.engine.Linter;
import io.github.anthology.rules.engine.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code anthology lint}: check a registry and report what is wrong. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a registry against the rules and reports findings as file:line:col.",
      "A PATH is a file (research.yaml, taxonomy.yaml) or a directory holding them."
    })
public final class LintCommand implements Callable<Integer> {
  @ParentCommand AnthologyCommand parent;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or directories to lint (default: the current directory).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      converter = ReportFormatConverter.class, completionCandidates = ReportFormatConverter.Names.class)
  ReportFormat format;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "Lowest severity that makes the exit code 1: error, warning or info (default: ${DEFAULT-VALUE}).",
      converter = SeverityConverter.class)
  Severity failOn;

  @Override
  public Integer call() throws Exception {
    LoadedRegistry registry = RegistryLoader.load(paths);
    List<ConfiguredRule> rules = RuleRegistry.load().rules().stream().map(ConfiguredRule::withDefaults).toList();
    List<Finding> findings = new Linter(rules).lint(registry.anthology());
    format.create().write(findings, parent.console().out());
    boolean failing = findings.stream().anyMatch(f -> f.severity().atLeast(failOn));
    return (failing ? ExitCode.FINDINGS : ExitCode.OK).code();
  }
}
