package io.github.anthology.cli.commands;

import io.github.anthology.api.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code anthology stats}: how many papers and recommendations, by status and by topic. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Counts a registry: papers, recommendations by status, and each primary topic's",
      "recommendations and year range (largest topics first)."
    })
public final class StatsCommand implements Callable<Integer> {
  @ParentCommand AnthologyCommand parent;

  @Parameters(paramLabel = "PATH", arity = "0..1",
      description = "A registry file or directory (default: the current directory).")
  Path path;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).", completionCandidates = Formats.class)
  String format;

  @Override
  public Integer call() throws Exception {
    Workspace workspace = Workspace.builder().inputs(path == null ? List.of() : List.of(path)).build();
    Output.write(workspace, workspace.statistics(format), null, parent.console());
    return ExitCode.OK.code();
  }

  /** The format names, for help and completion. */
  static final class Formats extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Formats() {
      super(Workspace.statisticsFormats());
    }
  }
}
