package io.github.anthology.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Sample projects for the goals' tests: a copy of one of the registries the integration tests
 * build with Maven (src/it), and goals set up as Maven would set them up for it.
 */
final class Projects {
  private Projects() {}

  /**
   * @param sample a directory of src/it, e.g. {@code check-clean}
   * @param into where to copy its registry files
   * @return the copy
   */
  static Path copy(String sample, Path into) throws IOException {
    Path from = Path.of("src/it", sample);
    try (Stream<Path> files = Files.list(from)) {
      files.filter(f -> f.toString().endsWith(".yaml")).forEach(f -> {
        try {
          Files.copy(f, into.resolve(f.getFileName()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return into;
  }

  /** Sets what Maven would: the project directory and its target/anthology. */
  static <T extends AnthologyMojo> T setUp(T mojo, Path basedir, RecordingLog log) {
    mojo.basedir = basedir.toFile();
    mojo.setLog(log);
    File out = basedir.resolve("target/anthology").toFile();
    if (mojo instanceof CheckMojo check) {
      check.reportDirectory = out;
    }
    if (mojo instanceof BuildMojo build) {
      build.outputDirectory = out;
    }
    return mojo;
  }
}
