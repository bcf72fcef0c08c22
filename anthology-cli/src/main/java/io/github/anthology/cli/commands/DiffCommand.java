package io.github.anthology.cli.commands;

import io.github.anthology.api.diff.DiffOptions;
import io.github.anthology.api.diff.DiffResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code anthology diff}: what changed between two versions of a registry. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two versions of a registry: papers, recommendations and topics added, removed and changed",
      "(reworded, retagged, moved between statuses, superseded; topics renamed, merged, split, deprecated),",
      "and the lint findings introduced and resolved.",
      "Each version is a file or directory, or a git revision of the repository holding the working directory",
      "(HEAD~1, v1.2, a commit id), read from the repository itself: nothing is checked out.",
      "Examples: anthology diff HEAD~1 .   anthology diff old/research.yaml research.yaml   anthology diff --since v1.2"
    },
    footerHeading = "%nExamples:%n",
    footer = {"  anthology diff old/ new/", "  anthology diff --since v1.0 --format markdown",
      "  anthology diff --since HEAD~1 --fail-on-new-findings", "", "Exit codes: 0 compared, 1 findings introduced (with --fail-on-new-findings), 2 bad usage or unreadable input."})
public final class DiffCommand implements Callable<Integer> {
  @ParentCommand AnthologyCommand parent;

  @Parameters(paramLabel = "VERSION", arity = "0..2",
      description = "OLD and NEW (NEW defaults to the current directory); with --since, only NEW.")
  List<String> versions = List.of();

  @Option(names = "--since", paramLabel = "REV", description = "The old version: a git revision or a path.")
  String since;

  @Option(names = "--registry", paramLabel = "PATH",
      description = "The registry file or directory a revision is read at, when neither version is a path"
          + " (default: the current directory); revisions are those of the git repository holding it.")
  Path registry;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, markdown (a changelog section) or json (see docs/schemas/diff.schema.json); default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the diff to FILE (atomically) instead of standard output.")
  Path output;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration for the lint of both versions (default: as lint finds it).")
  Path config;

  @Option(names = "--no-lint", description = "Compare the registries only, without linting either version.")
  boolean noLint;

  @Option(names = "--fail-on-new-findings", description = "Exit 1 when the new version has findings the old one did not.")
  boolean failOnNewFindings;

  @Mixin PluginOptions plugins;

  @Override
  public Integer call() throws Exception {
    String old = since != null ? since : versions.isEmpty() ? null : versions.get(0);
    int newAt = since != null ? 0 : 1;
    if (old == null || versions.size() > newAt + 1) {
      throw new UsageError("give OLD and NEW, or --since REV and at most NEW; see anthology diff --help");
    }
    String now = versions.size() > newAt ? versions.get(newAt) : ".";
    DiffOptions options = DiffOptions.between(old, now).withFormat(format).withLint(!noLint);
    options = registry == null ? options : options.withRegistry(registry);
    options = output == null ? options : options.writingTo(output, "--output");
    DiffResult diff = BuildCommand.workspace(null, config, plugins).diff(options);
    if (output == null) {
      parent.console().out().print(diff.text());
      parent.console().out().flush();
    }
    diff.ruleErrors().forEach(e -> parent.console().err().println("anthology: " + e.message()));
    ExitCode findings = failOnNewFindings && diff.findingsIntroduced() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    return ExitCode.of(diff.ruleErrors(), findings).code();
  }
}
