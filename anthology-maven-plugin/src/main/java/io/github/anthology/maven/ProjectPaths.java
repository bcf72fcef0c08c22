package io.github.anthology.maven;

import java.io.File;
import java.nio.file.Path;

/**
 * How the plugin names a project's files: relative to the directory Maven was started in when the
 * project lies under it (so findings read {@code research.yaml:12:5} in a project, {@code
 * registry/research.yaml:12:5} from a reactor's root, and a SARIF report's locations are relative
 * to where the build ran), else absolute.
 */
final class ProjectPaths {
  private final Path here;

  ProjectPaths() {
    this(Path.of("").toAbsolutePath());
  }

  ProjectPaths(Path here) {
    this.here = here.toAbsolutePath().normalize();
  }

  /**
   * @param file a file or directory, as Maven gives it (absolute)
   * @return the path to use and show: relative to the starting directory when under it, else absolute
   */
  Path shown(File file) {
    Path path = file.toPath().toAbsolutePath().normalize();
    return path.startsWith(here) ? here.relativize(path) : path;
  }
}
