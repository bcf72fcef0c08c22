package io.github.anthology.cli.commands;

import io.github.anthology.api.Topics;
import io.github.anthology.api.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every {@code anthology topic} operation shares: the registry, the date, and --write. */
final class TopicTarget {
  @Option(names = {"-r", "--registry"}, paramLabel = "PATH",
      description = "The registry: a directory, or its taxonomy.yaml and research.yaml (repeatable;"
          + " default: the current directory).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--write",
      description = "Write the changes (atomically). Without it, print them as a unified diff and change nothing.")
  boolean write;

  Topics topics() {
    return Workspace.builder().inputs(paths).build().topics();
  }

  /** The date to record: the one given, else today in UTC. */
  static LocalDate date(LocalDate given) {
    return given == null ? LocalDate.now(ZoneOffset.UTC) : given;
  }
}
