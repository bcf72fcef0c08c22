package io.github.anthology.cli.commands;

import io.github.anthology.api.build.BuildOptions;
import io.github.anthology.api.build.Preview;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Option(names = "--port", paramLabel = "N", converter = PortConverter.class, description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 takes a free one).")
  int port = 8040;

  @Option(names = "--out", paramLabel = "DIR", description = "Directory to build into (default: a temporary one, removed on exit).")
  Path out;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: as lint and build find it).")
  Path config;

  @Option(names = "--templates", paramLabel = "DIR", description = "Templates to render too, as for build.")
  Path templates;

  @Mixin PluginOptions plugins;

  @Override
  public Integer call() throws Exception {
    Path dir = out != null ? out : Files.createTempDirectory("anthology-serve");
    if (out == null) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> removeQuietly(dir), "anthology-serve-cleanup"));
    }
    BuildOptions options = templates == null ? BuildOptions.into(dir) : BuildOptions.into(dir).withTemplates(templates);
    PrintWriter log = parent.console().err();
    try (Preview preview = BuildCommand.workspace(path, config, plugins).serve(options, port, line -> {
      log.println(line);
      log.flush();
    })) {
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
