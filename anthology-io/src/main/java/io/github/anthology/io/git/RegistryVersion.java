package io.github.anthology.io.git;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.model.source.SourceSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One side of a diff as the user names it: a file or directory when one exists by that name, else
 * a revision of the git repository holding the working directory ({@code HEAD~1}, {@code v1.2}).
 */
public final class RegistryVersion {
  private RegistryVersion() {}

  /** Whether the name is a file or directory rather than a revision. */
  public static boolean isPath(String name) {
    return Files.exists(Path.of(name));
  }

  /**
   * Reads the version: a path through the usual loader, a revision by reading {@code paths} (the
   * registry's files or directories in the working tree) as they were at that revision, in the
   * repository that holds {@code where}.
   */
  public static LoadedRegistry load(String name, List<Path> paths, Path where) throws ReadException {
    return load(name, paths, where, p -> false);
  }

  /**
   * As {@link #load(String, List, Path)}; a directory walked at a revision leaves out the files
   * {@code skipped} names (as paths of the working tree: the configuration's {@code ignores}), as
   * the walk of the working tree does.
   */
  public static LoadedRegistry load(String name, List<Path> paths, Path where, Predicate<Path> skipped)
      throws ReadException {
    if (isPath(name)) {
      return RegistryLoader.load(paths.isEmpty() ? List.of(Path.of(name)) : paths);
    }
    Optional<GitRevisions> git = GitRevisions.find(where);
    if (git.isEmpty()) {
      throw new ReadException(SourceSpan.ofFile(name),
          "no such file or directory, and no git repository here to read it as a revision");
    }
    try (GitRevisions revisions = git.get()) {
      if (revisions.resolve(name).isEmpty()) {
        throw new ReadException(SourceSpan.ofFile(name), "no such file or directory, nor a revision of the repository");
      }
      return revisions.load(name, paths, skipped);
    }
  }
}
