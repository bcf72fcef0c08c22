package io.github.anthology.cli.commands;

import io.github.anthology.cli.build.ArtifactWriter;
import io.github.anthology.cli.build.Exports;
import io.github.anthology.cli.build.Progress;
import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.OutputGuard;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.render.build.Artifact;
import io.github.anthology.render.build.RegistryBuild;
import io.github.anthology.render.site.MergeSuggestions;
import io.github.anthology.render.site.SiteRenderer;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.engine.RuleRegistry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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
  int pageRows = SiteRenderer.ROWS_IN_PAGE;

  @Override
  public Integer call() throws Exception {
    if (pageRows < 0) {
      throw new UsageError("--page-rows must be 0 or more, not " + pageRows);
    }
    InputSelection inputs = InputSelection.choose(path == null ? List.of() : List.of(path),
        Optional.ofNullable(config), RuleRegistry.load());
    LoadedRegistry registry = RegistryLoader.load(inputs.paths());
    Supplier<List<Finding>> overlaps = () -> MergeSuggestions.lint(registry.anthology(), inputs.configuration().plan());
    List<Artifact> artifacts = new ArrayList<>(
        RegistryBuild.artifacts(registry.anthology(), overlaps, Optional.ofNullable(date), pageRows));
    artifacts.addAll(Exports.of(registry.anthology(), Optional.ofNullable(date)));
    OutputGuard.refuseUnder("--out", out, artifacts.stream().map(Artifact::path).toList(), inputs.paths());
    int written = ArtifactWriter.write(out, artifacts, Progress.forTerminal());
    parent.console().out().println("wrote " + written + " files to " + out);
    return ExitCode.OK.code();
  }
}
