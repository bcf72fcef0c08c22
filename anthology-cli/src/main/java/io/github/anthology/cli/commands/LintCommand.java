package io.github.anthology.cli.commands;

import io.github.anthology.api.Workspace;
import io.github.anthology.api.WorkspaceBuilder;
import io.github.anthology.api.lint.Formatter;
import io.github.anthology.api.lint.Level;
import io.github.anthology.api.lint.LintResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code anthology lint}: check a registry and report what is wrong. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a registry against the rules and reports findings as file:line:col.",
      "A PATH is a file (research.yaml, taxonomy.yaml) or a directory holding them.",
      "anthology.yaml (in a directory PATH, beside a file PATH, or --config) chooses",
      "inputs, presets, rule severities and options, overrides, ignores and plugins.",
      "Comments `# anthology-disable-next-line RULE -- reason` suppress inline.",
      "Guide: docs/configuration.md."
    })
public final class LintCommand implements Callable<Integer> {
  @ParentCommand AnthologyCommand parent;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or directories to lint (default: the current directory).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (default: the anthology.yaml of the first directory PATH,"
          + " or beside the first file PATH).")
  Path config;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = ReportFormats.class)
  String format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Lowest severity that makes the exit code 1: error, warning or info (default: error).",
      converter = LevelConverter.class)
  Level failOn;

  @Option(names = "--max-warnings", paramLabel = "N",
      description = "Exit 1 when there are more than N warnings.")
  Integer maxWarnings;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Only findings not recorded in FILE count; its stale entries are listed on stderr"
          + " (default: the configuration's `baseline`).")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record this run's findings in FILE (by file, rule and entity, never line) and exit 0.")
  Path writeBaseline;

  @Mixin FixOptions fixing;

  @Mixin PluginOptions plugins;

  @Option(names = "--rules", paramLabel = "WHICH", defaultValue = "all",
      description = "all, or none to only choose and read the inputs without running any rule"
          + " (parse-only: what reading alone costs) (default: ${DEFAULT-VALUE}).")
  String ruleSelection;

  @Override
  public Integer call() throws Exception {
    if (maxWarnings != null && maxWarnings < 0) {
      throw new UsageError("--max-warnings must be 0 or more, not " + maxWarnings);
    }
    if (!ruleSelection.equals("all") && !ruleSelection.equals("none")) {
      throw new UsageError("--rules must be all or none, not `" + ruleSelection + "`");
    }
    Workspace workspace = workspace();
    if (output != null) {
      workspace.checkOutput(output, "--output"); // before a fix writes anything
    }
    if (writeBaseline != null) {
      workspace.checkOutput(writeBaseline, "--write-baseline");
    }
    if (ruleSelection.equals("none")) {
      workspace.read();
      return ExitCode.OK.code();
    }
    Formatter formatter = workspace.formatter(format, ColourPolicy.forThisProcess() && output == null);
    Console console = parent.console();
    LintResult result = fixing.requested() ? fixing.run(workspace, console) : workspace.lint();
    result.ruleErrors().forEach(e -> console.err().println("anthology: " + e.message()));
    if (writeBaseline != null) {
      int written = workspace.writeBaseline(result, writeBaseline);
      console.err().println("anthology: wrote " + written + " findings to the baseline " + Output.display(writeBaseline));
      return result.ruleErrors().isEmpty() ? ExitCode.OK.code() : ExitCode.of(result).code();
    }
    result.baseline().ifPresent(match -> BaselineMessages.print(match, console));
    if (!fixing.dryRun) {
      Output.write(workspace, formatter.format(result), output, console);
    }
    return ExitCode.of(result).code();
  }

  private Workspace workspace() {
    WorkspaceBuilder builder = plugins.addTo(Workspace.builder().inputs(paths));
    if (config != null) {
      builder.configFile(config);
    }
    if (failOn != null) {
      builder.failOn(failOn);
    }
    if (maxWarnings != null) {
      builder.maxWarnings(maxWarnings);
    }
    if (writeBaseline != null) {
      builder.withoutBaseline();
    } else if (baseline != null) {
      builder.baseline(baseline);
    }
    return builder.build();
  }
}
