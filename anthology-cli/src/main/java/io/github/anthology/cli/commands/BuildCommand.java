package io.github.anthology.cli.commands;

import io.github.anthology.api.Workspace;
import io.github.anthology.api.WorkspaceBuilder;
import io.github.anthology.api.build.BuildOptions;
import io.github.anthology.api.build.BuildResult;
import picocli.CommandLine.Mixin;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code anthology build}: render a registry's documents, exports and static site. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Renders REGISTRY.md, TOPICS.md, registry exports and a static site (index.html) into --out.",
      "The same input gives the same bytes: no date is written unless --date gives one."
    })
public final class BuildCommand implements Callable<Integer> {
  @ParentCommand AnthologyCommand parent;

  @Parameters(paramLabel = "PATH", arity = "0..1",
      description = "A registry file or directory (default: the current directory).")
  Path path;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Directory to write into; created if missing, existing files of the same names are replaced.")
  Path out;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration (default: anthology.yaml of the PATH directory): its inputs, and the"
          + " taxonomy/overlap-merge options behind the merges the site's taxonomy graph suggests.")
  Path config;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Date to print as \"Last updated\" (default: none, so rebuilds do not churn).")
  LocalDate date;

  @Option(names = "--page-rows", paramLabel = "N",
      description = "Largest registry whose table index.html carries as HTML rows (default: ${DEFAULT-VALUE});"
          + " a larger one's table is drawn by the page's script from the data embedded once.")
  int pageRows = BuildOptions.PAGE_ROWS;

  @Mixin PluginOptions plugins;

  @Override
  public Integer call() throws Exception {
    WorkspaceBuilder builder = plugins.addTo(Workspace.builder());
    if (path != null) {
      builder.input(path);
    }
    if (config != null) {
      builder.configFile(config);
    }
    BuildOptions options = BuildOptions.into(out).withPageRows(pageRows).withProgress(TerminalProgress.forThisProcess());
    BuildResult result = builder.build().build(date == null ? options : options.withDate(date));
    parent.console().out().println("wrote " + result.files().size() + " files to " + out);
    return ExitCode.OK.code();
  }
}
