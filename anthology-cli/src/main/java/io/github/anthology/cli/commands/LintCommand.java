package io.github.anthology.cli.commands;

import io.github.anthology.render.report.ReportFormat;
import io.github.anthology.rules.api.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
      "inputs, presets, rule severities and options, overrides and ignores.",
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
      converter = ReportFormatConverter.class, completionCandidates = ReportFormatConverter.Names.class)
  ReportFormat format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Lowest severity that makes the exit code 1: error, warning or info (default: error).",
      converter = SeverityConverter.class)
  Severity failOn;

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

  @Option(names = "--rules", paramLabel = "WHICH", defaultValue = "all",
      description = "all, or none to only choose and read the inputs without running any rule"
          + " (parse-only: what reading alone costs) (default: ${DEFAULT-VALUE}).")
  String ruleSelection;

  @Override
  public Integer call() throws Exception {
    if (maxWarnings != null && maxWarnings < 0) {
      throw new UsageError("--max-warnings must be 0 or more, not " + maxWarnings);
    }
    LintRequest request = new LintRequest(paths, Optional.ofNullable(config), format, Optional.ofNullable(output),
        Optional.ofNullable(failOn), maxWarnings == null ? OptionalInt.empty() : OptionalInt.of(maxWarnings),
        Optional.ofNullable(baseline), Optional.ofNullable(writeBaseline), ColourPolicy.forThisProcess());
    if (!ruleSelection.equals("all") && !ruleSelection.equals("none")) {
      throw new UsageError("--rules must be all or none, not `" + ruleSelection + "`");
    }
    LintSession session = new LintSession(parent.console()).fixing(fixing);
    return (ruleSelection.equals("none") ? session.read(request) : session.run(request)).code();
  }
}
