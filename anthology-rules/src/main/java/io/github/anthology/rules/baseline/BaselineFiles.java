package io.github.anthology.rules.baseline;

import java.nio.file.Path;
import java.util.function.Function;

/** How a baseline names files: relative to its own directory, with forward slashes, wherever lint runs from. */
public final class BaselineFiles {
  private BaselineFiles() {}

  public static Function<String, String> relativeTo(Path baselineFile) {
    Path dir = baselineFile.toAbsolutePath().normalize().getParent();
    return file -> {
      try {
        return dir.relativize(Path.of(file).toAbsolutePath().normalize()).toString().replace('\\', '/');
      } catch (IllegalArgumentException e) {
        return file;
      }
    };
  }
}
