package io.github.anthology.maven;

import io.github.anthology.api.lint.BaselineMatch;
import io.github.anthology.api.lint.Level;
import io.github.anthology.api.lint.LintFinding;
import io.github.anthology.api.lint.LintResult;
import org.apache.maven.plugin.logging.Log;

/**
 * Findings in the build log, one {@code file:line:col: level rule message} line each at the log
 * level of its own level (so IDEs and CI log parsers link them), then what the baseline left out
 * and a count.
 */
final class FindingLog {
  private final Log log;

  FindingLog(Log log) {
    this.log = log;
  }

  void print(LintResult result) {
    for (LintFinding finding : result.findings()) {
      switch (finding.level()) {
        case ERROR -> log.error(finding.toString());
        case WARNING -> log.warn(finding.toString());
        case INFO -> log.info(finding.toString());
      }
    }
    result.baseline().ifPresent(this::print);
    result.ruleErrors().forEach(e -> log.error("anthology: " + e.message()));
    log.info("anthology: " + counts(result) + " in " + plural(result.files().size(), "file"));
  }

  private void print(BaselineMatch match) {
    if (match.known() > 0) {
      log.info("anthology: " + plural(match.known(), "finding") + " in the baseline " + match.file()
          + " not shown");
    }
    if (!match.stale().isEmpty()) {
      log.warn(match.file() + ": " + match.stale().size() + " baseline entries match nothing any more;"
          + " record the baseline again to drop them:");
      match.stale().forEach(e -> log.warn("  " + e));
    }
  }

  /**
   * @param result a run
   * @return e.g. {@code 1 error, 2 warnings, 0 infos}
   */
  static String counts(LintResult result) {
    return plural(result.count(Level.ERROR), "error") + ", " + plural(result.count(Level.WARNING), "warning")
        + ", " + plural(result.count(Level.INFO), "info");
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
