package io.github.anthology.rules.config;

import io.github.anthology.rules.api.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A checked configuration: the rule plan, plus the run settings the file may give (command-line
 * options take precedence over them).
 *
 * @param inputs the files and directories to lint, resolved against the configuration's directory
 */
public record Configuration(
    LintPlan plan, List<Path> inputs, Optional<Path> baseline, Optional<Severity> failOn, OptionalInt maxWarnings) {
  public Configuration {
    inputs = List.copyOf(inputs);
  }
}
