package io.github.anthology.io;

import io.github.anthology.io.yaml.ConfigYamlReader;
import io.github.anthology.io.yaml.YamlDocument;
import io.github.anthology.model.config.RawConfig;
import io.github.anthology.model.source.SourceSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds and reads {@code anthology.yaml}; relative paths in it are resolved against its directory,
 * and the files its {@code extends} names are merged under it ({@link ConfigExtends}).
 */
public final class ConfigLoader {
  /** The configuration's file name in a registry directory. */
  public static final String FILE_NAME = "anthology.yaml";

  private ConfigLoader() {}

  /** The configuration file in a directory, if there is one. */
  public static Optional<Path> find(Path directory) {
    Path candidate = directory.resolve(FILE_NAME);
    return Files.isDirectory(directory) && Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
  }

  /**
   * The nearest configuration file in a directory or one above it, as ESLint and markdownlint look
   * for theirs: the search stops at the root of the repository holding the directory (the first
   * directory with a {@code .git}), or at the file system's root outside one.
   *
   * @param directory where to start
   * @return the file, if one is found
   */
  public static Optional<Path> findAbove(Path directory) {
    for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Optional<Path> found = find(dir);
      if (found.isPresent() || Files.exists(dir.resolve(".git"))) {
        return found;
      }
    }
    return Optional.empty();
  }

  public static RawConfig load(Path file) throws ReadException {
    if (!Files.isRegularFile(file)) {
      throw new ReadException(SourceSpan.ofFile(SourceFiles.display(file)), "no such configuration file");
    }
    return new ConfigExtends(ConfigLoader::readOne).load(file, Optional.empty());
  }

  /**
   * Reads a configuration from a text that stands in for the file (an editor's unsaved buffer);
   * its relative paths are resolved against the file's directory, as if it had been read from there.
   */
  public static RawConfig load(Path file, String text) throws ReadException {
    return new ConfigExtends(ConfigLoader::readOne).load(file, Optional.of(text));
  }

  /** One file as written, its {@code extends} not followed. */
  private static RawConfig readOne(Path file, Optional<String> text) throws ReadException {
    YamlDocument doc = YamlDocument.parse(SourceFiles.display(file), text.isPresent() ? text.get() : SourceFiles.read(file));
    Path parent = file.toAbsolutePath().normalize().getParent();
    return ConfigYamlReader.read(doc, parent.toString());
  }
}
