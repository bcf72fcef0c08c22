package io.github.anthology.api.build;

import io.github.anthology.api.lint.RuleError;
import java.nio.file.Path;
import java.util.List;

/**
 * What a build wrote.
 *
 * @param out the output directory
 * @param files the files written, relative to it, in the order they were rendered
 * @param ruleErrors rules that threw while the build linted the registry (for a template
 *     directory's documents, or the changes since a previous version); the findings the build
 *     shows may then be incomplete
 */
public record BuildResult(Path out, List<String> files, List<RuleError> ruleErrors) {
  /**
   * Copies the lists.
   *
   * @param out the output directory
   * @param files the files written, relative to it, in the order they were rendered
   * @param ruleErrors rules that threw while the build linted the registry
   */
  public BuildResult {
    files = List.copyOf(files);
    ruleErrors = List.copyOf(ruleErrors);
  }

  /**
   * A build in which no rule threw.
   *
   * @param out the output directory
   * @param files the files written, relative to it, in the order they were rendered
   */
  public BuildResult(Path out, List<String> files) {
    this(out, files, List.of());
  }
}
