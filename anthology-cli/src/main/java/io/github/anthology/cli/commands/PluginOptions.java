package io.github.anthology.cli.commands;

import io.github.anthology.api.WorkspaceBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --plugin JAR}, repeatable: plugin rules besides those the configuration's {@code plugins} names. */
final class PluginOptions {
  @Option(names = "--plugin", paramLabel = "JAR",
      description = "Load the rules of a plugin jar (repeatable; adds to the configuration's `plugins`).")
  List<Path> jars = new ArrayList<>();

  WorkspaceBuilder addTo(WorkspaceBuilder builder) {
    jars.forEach(builder::plugin);
    return builder;
  }
}
