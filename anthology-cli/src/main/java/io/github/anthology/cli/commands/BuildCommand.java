package io.github.anthology.cli.commands;

import io.github.anthology.cli.build.ArtifactWriter;
import io.github.anthology.cli.build.Progress;
import io.github.anthology.render.build.Artifact;
import io.github.anthology.render.site.SiteRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
  int pageRows = SiteRenderer.ROWS_IN_PAGE;

  @Override
  public Integer call() throws Exception {
    if (since != null && previous != null) {
      throw new UsageError("give --since or --previous, not both");
    }
    List<Artifact> artifacts = BuildSession.artifacts(new BuildSession.Request(Optional.ofNullable(path),
        Optional.ofNullable(config), Optional.ofNullable(date),
        Optional.ofNullable(since).or(() -> Optional.ofNullable(previous).map(Path::toString)),
        Optional.ofNullable(templates), pageRows, Optional.empty()), out);
    int written = ArtifactWriter.write(out, artifacts, Progress.forTerminal());
    parent.console().out().println("wrote " + written + " files to " + out);
    return ExitCode.OK.code();
  }
}
