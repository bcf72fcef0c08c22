package io.github.anthology.api.internal;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.io.OutputGuard;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Outputs that would overwrite an input of the run are refused before anything is written: a
 * report or baseline over research.yaml, taxonomy.yaml, a reading list or the configuration, or
 * over a registry file beside an input; the same file through a link too.
 */
public final class Outputs {
  private Outputs() {}

  /**
   * @param label how the output was named (an option such as {@code --output}), for the message
   * @param file the output file, resolved
   * @param inputs the run's inputs
   * @throws AnthologyException when the file is one of the inputs' files
   */
  public static void refuse(String label, Path file, List<Path> inputs) throws AnthologyException {
    Errors.translate(() -> {
      OutputGuard.refuse(label, Optional.of(file), inputs);
      return null;
    });
  }

  /**
   * @param label how the directory was named, for the message
   * @param dir the output directory, resolved
   * @param names the files to be written under it
   * @param inputs the run's inputs
   * @throws AnthologyException when dir is a file, or one of the files is one of the inputs' files
   */
  public static void refuseUnder(String label, Path dir, List<String> names, List<Path> inputs)
      throws AnthologyException {
    Errors.translate(() -> {
      OutputGuard.refuseUnder(label, dir, names, inputs);
      return null;
    });
  }
}
