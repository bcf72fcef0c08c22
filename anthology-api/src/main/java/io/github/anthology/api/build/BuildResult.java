package io.github.anthology.api.build;

import java.nio.file.Path;
import java.util.List;

/**
 * What a build wrote.
 *
 * @param out the output directory
 * @param files the files written, relative to it, in the order they were rendered
 */
public record BuildResult(Path out, List<String> files) {
  /**
   * Copies the list.
   *
   * @param out the output directory
   * @param files the files written, relative to it, in the order they were rendered
   */
  public BuildResult {
    files = List.copyOf(files);
  }
}
