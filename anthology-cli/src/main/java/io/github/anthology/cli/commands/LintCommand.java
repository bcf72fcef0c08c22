package io.github.anthology.cli.commands;

import io.github.anthology.api.Workspace;
import io.github.anthology.api.WorkspaceBuilder;
import io.github.anthology.api.build.BuildProgress;
import io.github.anthology.api.lint.Formatter;
import io.github.anthology.api.lint.Level;
import io.github.anthology.api.lint.LintResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code anthology lint}: check a registry and report what is wrong. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a registry against the rules and reports findings as file:line:col.",
      "A PATH is a file (research.yaml, taxonomy.yaml), a directory holding them, a glob or - (standard input).",
      "anthology.yaml (in a directory PATH, beside a file PATH, the nearest above, or --config) chooses",
      "inputs, presets, rule severities and options, overrides, ignores and plugins.",
      "Comments `# anthology-disable-next-line RULE -- reason` suppress inline.",
      "Guide: docs/configuration.md."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  anthology lint                                   # the registry here, or the one configured above",
      "  anthology lint --format sarif --output lint.sarif registry/",
      "  anthology lint --quiet 'data/**/research.yaml'   # errors only, every research.yaml below data/",
      "  cat research.yaml | anthology lint - --stdin-filename registry/research.yaml",
      "  anthology lint --print-config registry/research.yaml"
    })
public final class LintCommand implements Callable<Integer> {
  @ParentCommand AnthologyCommand parent;

  @Mixin LintInputs inputs;

  @Option(names = {"-q", "--quiet"}, description = "Report errors only (warnings and infos still count for the exit code).")
  boolean quiet;

  @Option(names = "--print-config", paramLabel = "FILE",
      description = "Print the configuration that applies to FILE as YAML (its source, settings, and every rule's"
          + " severity and options there) and lint nothing.")
  Path printConfig;

  @Mixin ColourOption colours;

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
    Console console = parent.console();
    Workspace workspace = workspace(console);
    if (printConfig != null) {
      console.out().print(workspace.effectiveConfiguration(printConfig));
      return ExitCode.OK.code();
    }
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
    Formatter formatter = workspace.formatter(format, colours.colour(output != null));
    boolean reporting = writeBaseline == null && !fixing.dryRun;
    LintResult result;
    String report;
    try (BuildProgress progress = TerminalProgress.forThisProcess("lint")) {
      progress.start(output != null && reporting ? 2 : 1); // linting, writing; reading adds a step per file
      result = fixing.requested() ? fixing.run(workspace, console) : workspace.lint(progress);
      report = reporting ? formatter.format(quiet ? errorsOnly(result) : result) : "";
      if (output != null && reporting) {
        progress.step("writing " + Output.display(output));
        workspace.writeFile(output, report, "--output");
      }
    } // the bar is gone before anything else is printed
    result.ruleErrors().forEach(e -> console.err().println("anthology: " + e.message()));
    if (writeBaseline != null) {
      int written = workspace.writeBaseline(result, writeBaseline);
      console.err().println("anthology: wrote " + written + " findings to the baseline " + Output.display(writeBaseline));
      return result.ruleErrors().isEmpty() ? ExitCode.OK.code() : ExitCode.of(result).code();
    }
    result.baseline().ifPresent(match -> BaselineMessages.print(match, console));
    if (output == null && reporting) {
      Output.write(workspace, report, null, console);
    }
    return ExitCode.of(result).code();
  }

  /** What {@code --quiet} reports: the run's errors, with its verdict. */
  private static LintResult errorsOnly(LintResult result) {
    return new LintResult(result.findings().stream().filter(f -> f.level() == Level.ERROR).toList(), result.files(),
        result.baseline(), result.ruleErrors(), result.policy());
  }

  private Workspace workspace(Console console) throws java.io.IOException {
    WorkspaceBuilder builder = inputs.addTo(plugins.addTo(Workspace.builder()), console);
    if (printConfig != null && inputs.paths.isEmpty()) {
      builder.input(printConfig);
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
