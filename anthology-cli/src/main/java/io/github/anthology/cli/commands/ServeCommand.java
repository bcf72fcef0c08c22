package io.github.anthology.cli.commands;

import io.github.anthology.cli.serve.Preview;
import io.github.anthology.render.site.SiteRenderer;
import io.github.anthology.rules.engine.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code anthology serve}: a live preview of the site that rebuilds when an input changes. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the registry and serves the output on 127.0.0.1 only; when an input file changes it rebuilds",
      "and the open page reloads itself. The page lists the lint findings. Stop with Ctrl-C."
    })
public final class ServeCommand implements Callable<Integer> {
  @ParentCommand AnthologyCommand parent;

  @Parameters(paramLabel = "PATH", arity = "0..1", description = "A registry file or directory (default: the current directory).")
  Path path;

  @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 takes a free one).")
  int port = 8040;

  @Option(names = "--out", paramLabel = "DIR", description = "Directory to build into (default: a temporary one, removed on exit).")
  Path out;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: as lint and build find it).")
  Path config;

  @Option(names = "--templates", paramLabel = "DIR", description = "Templates to render too, as for build.")
  Path templates;

  @Override
  public Integer call() throws Exception {
    Path dir = out != null ? out : Files.createTempDirectory("anthology-serve");
    if (out == null) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> removeQuietly(dir), "anthology-serve-cleanup"));
    }
    List<Path> watched = new ArrayList<>(InputSelection.choose(Optional.ofNullable(path).stream().toList(),
        Optional.ofNullable(config), RuleRegistry.load()).paths());
    Optional.ofNullable(templates).ifPresent(watched::add);
    try (Preview preview = Preview.start(n -> BuildSession.artifacts(new BuildSession.Request(Optional.ofNullable(path),
        Optional.ofNullable(config), Optional.empty(), Optional.empty(), Optional.ofNullable(templates),
        SiteRenderer.ROWS_IN_PAGE, Optional.of(n))), watched, dir, port, parent.console().err())) {
      parent.console().out().println("serving " + preview.url() + " (from " + dir + "); Ctrl-C to stop");
      parent.console().out().flush();
      new CountDownLatch(1).await();
    }
    return ExitCode.OK.code();
  }

  /** Removes the temporary output directory the preview built into. */
  private static void removeQuietly(Path dir) {
    try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
      all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
