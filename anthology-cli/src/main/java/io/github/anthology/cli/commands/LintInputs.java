package io.github.anthology.cli.commands;

import io.github.anthology.api.WorkspaceBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code lint} reads: PATHs (files, directories, globs, or {@code -} for standard input) and the configuration. */
final class LintInputs {
  /** The name standard input is given without {@code --stdin-filename}. */
  static final String STDIN = "<stdin>";

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "A registry file, a directory holding registry files, a glob in quotes ('data/**/research.yaml',"
          + " which skips hidden directories and the configuration's ignores), or - for standard input"
          + " (default: the current directory, or the inputs of the configuration found above it).")
  List<String> paths = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (default: the anthology.yaml of the first directory PATH or beside the first"
          + " file PATH, else the nearest one above, up to the repository's root).")
  Path config;

  @Option(names = "--stdin-filename", paramLabel = "NAME",
      description = "The file name standard input (PATH -) stands for: findings name it, its configuration applies,"
          + " and the registry files beside it are read with it.")
  String stdinFilename;

  /** Adds the inputs to a workspace's description, reading standard input if a PATH is {@code -}. */
  WorkspaceBuilder addTo(WorkspaceBuilder builder, Console console) throws IOException {
    if (stdinFilename != null && !paths.contains("-")) {
      throw new UsageError("--stdin-filename names standard input: give - as the PATH");
    }
    for (String path : paths) {
      if (path.equals("-")) {
        String text = new String(console.in().readAllBytes(), StandardCharsets.UTF_8);
        if (stdinFilename == null) {
          builder.text(STDIN, text);
        } else {
          builder.textInContext(stdinFilename, text);
        }
      } else if (isGlob(path) && !Files.exists(Path.of(path))) {
        builder.glob(path);
      } else {
        builder.input(Path.of(path));
      }
    }
    if (config != null) {
      builder.configFile(config);
    }
    return builder;
  }

  static boolean isGlob(String path) {
    return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }
}
