package io.github.anthology.cli.commands;

import io.github.anthology.render.report.ReportFormat;
import io.github.anthology.rules.api.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything {@code anthology lint} was asked for. Empty values fall back to the configuration
 * file, then to the defaults ({@code --fail-on error}, no warning limit, no baseline).
 */
public record LintRequest(
    List<Path> paths,
    Optional<Path> config,
    ReportFormat format,
    Optional<Path> output,
    Optional<Severity> failOn,
    OptionalInt maxWarnings,
    Optional<Path> baseline,
    Optional<Path> writeBaseline,
    boolean colour) {
  public LintRequest {
    paths = List.copyOf(paths);
  }

  /** Lint the paths with the text format and every default. */
  public static LintRequest of(List<Path> paths) {
    return new LintRequest(paths, Optional.empty(), ReportFormat.TEXT, Optional.empty(), Optional.empty(),
        OptionalInt.empty(), Optional.empty(), Optional.empty(), false);
  }
}
