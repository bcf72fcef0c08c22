package io.github.anthology.cli.commands;

import io.github.anthology.api.Workspace;
import io.github.anthology.api.WorkspaceBuilder;
import io.github.anthology.api.build.BuildOptions;
import io.github.anthology.api.build.BuildProgress;
import io.github.anthology.api.build.BuildResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code anthology build}: render a registry's documents, exports and static site. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  anthology build --out site",
      "  anthology build registry/ --out site --date git --since v1.0"
    },
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

  @Option(names = "--date", paramLabel = "YYYY-MM-DD|git",
      description = "Date to print as \"Last updated\": a day, or `git` for the day of the last commit that touched"
          + " the inputs (default: none, so rebuilds do not churn).")
  String date;

  @Option(names = "--since", paramLabel = "REV",
      description = "Add CHANGELOG.md and a \"What changed\" section to the site: the changes since this git revision"
          + " (or file or directory) of the registry.")
  String since;

  @Option(names = "--previous", paramLabel = "FILE", description = "As --since, from a previous version's file or directory.")
  Path previous;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Also render the templates of DIR (Jinja syntax; see docs/templates.md): base.md.j2 and its"
          + " sections/*.j2 become DIR's name in capitals plus .md (docs/readme gives README.md), any other NAME.j2 gives NAME.")
  Path templates;

  @Option(names = "--page-rows", paramLabel = "N",
      description = "Largest registry whose table index.html carries as HTML rows (default: ${DEFAULT-VALUE});"
          + " a larger one's table is drawn by the page's script from the data embedded once.")
  int pageRows = BuildOptions.PAGE_ROWS;

  @Mixin PluginOptions plugins;

  @Override
  public Integer call() throws Exception {
    BuildResult result;
    try (BuildProgress progress = TerminalProgress.forThisProcess("build")) {
      result = workspace(path, config, plugins).build(options(out).withProgress(progress));
    }
    parent.console().out().println("wrote " + result.files().size() + " files to " + out);
    result.ruleErrors().forEach(e -> parent.console().err().println("anthology: " + e.message()));
    return ExitCode.of(result.ruleErrors(), ExitCode.OK).code();
  }

  /** The build's options from the command line, {@code --out} aside (serve builds elsewhere). */
  BuildOptions options(Path dir) {
    if (since != null && previous != null) {
      throw new UsageError("give --since or --previous, not both");
    }
    if (pageRows < 0) {
      throw new UsageError("--page-rows must be 0 or more, not " + pageRows);
    }
    BuildOptions options = BuildOptions.into(dir).withPageRows(pageRows);
    if (date != null) {
      options = date.equals("git") ? options.withDateOfLastCommit() : options.withDate(day(date));
    }
    String old = since != null ? since : previous != null ? previous.toString() : null;
    if (old != null) {
      options = options.withChangesSince(old);
    }
    return templates == null ? options : options.withTemplates(templates);
  }

  /** The workspace of a registry PATH with a configuration and plugins, as build and serve take them. */
  static Workspace workspace(Path path, Path config, PluginOptions plugins) {
    WorkspaceBuilder builder = plugins.addTo(Workspace.builder());
    if (path != null) {
      builder.input(path);
    }
    if (config != null) {
      builder.configFile(config);
    }
    return builder.build();
  }

  private static java.time.LocalDate day(String value) {
    try {
      return new DateConverter().convert(value);
    } catch (TypeConversionException e) {
      throw new UsageError(e.getMessage());
    }
  }
}
