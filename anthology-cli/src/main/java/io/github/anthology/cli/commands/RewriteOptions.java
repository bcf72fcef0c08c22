package io.github.anthology.cli.commands;

import io.github.anthology.api.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every rewriting command shares: where the registry is, and whether to write. */
final class RewriteOptions {
  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "The registry: a directory, or its research.yaml and taxonomy.yaml (default: the current directory).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--write",
      description = "Write the changes (atomically). Without it, print them as a unified diff and change nothing.")
  boolean write;

  Workspace workspace() {
    return Workspace.builder().inputs(paths).build();
  }
}
