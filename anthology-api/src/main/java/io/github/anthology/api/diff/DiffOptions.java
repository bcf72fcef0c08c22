package io.github.anthology.api.diff;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to compare and how: each version a file or directory, or a git revision of the repository
 * holding the registry (read from its objects; nothing is checked out).
 *
 * @param oldVersion the old version: a path or a revision such as {@code HEAD~1} or {@code v1.2}
 * @param newVersion the new version: a path or a revision
 * @param format {@code text}, {@code markdown} (a changelog section) or {@code json} (docs/schemas/diff.schema.json)
 * @param lint whether to lint both versions and list the findings introduced and resolved
 * @param registry the registry file or directory a revision is read at when neither version is a
 *     path (default: the working directory)
 * @param output a file to write the diff to (atomically), refused when it names either version's file
 * @param outputLabel how the output is named in messages (an option such as {@code --output})
 */
public record DiffOptions(String oldVersion, String newVersion, String format, boolean lint, Optional<Path> registry,
    Optional<Path> output, String outputLabel) {
  /**
   * Checks the parts.
   *
   * @param oldVersion the old version
   * @param newVersion the new version
   * @param format the format's name
   * @param lint whether to lint both versions
   * @param registry where a revision is read, or empty
   * @param output where to write, or empty
   * @param outputLabel how the output is named in messages
   * @throws NullPointerException when a part is null
   */
  public DiffOptions {
    Objects.requireNonNull(oldVersion, "oldVersion");
    Objects.requireNonNull(newVersion, "newVersion");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(outputLabel, "outputLabel");
  }

  /**
   * Compares two versions as text, with lint, writing nothing.
   *
   * @param oldVersion the old version
   * @param newVersion the new version
   * @return the options
   */
  public static DiffOptions between(String oldVersion, String newVersion) {
    return new DiffOptions(oldVersion, newVersion, "text", true, Optional.empty(), Optional.empty(), "the output");
  }

  /**
   * The same comparison in another format.
   *
   * @param name text, markdown or json
   * @return new options
   */
  public DiffOptions withFormat(String name) {
    return new DiffOptions(oldVersion, newVersion, name, lint, registry, output, outputLabel);
  }

  /**
   * The same comparison with or without lint.
   *
   * @param on whether to lint both versions
   * @return new options
   */
  public DiffOptions withLint(boolean on) {
    return new DiffOptions(oldVersion, newVersion, format, on, registry, output, outputLabel);
  }

  /**
   * The same comparison reading revisions at another registry.
   *
   * @param path a registry file or directory
   * @return new options
   */
  public DiffOptions withRegistry(Path path) {
    return new DiffOptions(oldVersion, newVersion, format, lint, Optional.of(path), output, outputLabel);
  }

  /**
   * The same comparison written to a file.
   *
   * @param file where to write
   * @param label how the file is named in messages, e.g. {@code --output}
   * @return new options
   */
  public DiffOptions writingTo(Path file, String label) {
    return new DiffOptions(oldVersion, newVersion, format, lint, registry, Optional.of(file), label);
  }
}
