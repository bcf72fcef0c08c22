package io.github.anthology.api.lint;

import java.util.List;
import java.util.OptionalInt;

/**
 * When a run fails: any finding at or above {@code failOn}, or more than {@code maxWarnings}
 * warnings. The configuration's {@code fail-on} and {@code max-warnings} give the defaults.
 *
 * @param failOn the least severe level that fails the run
 * @param maxWarnings how many warnings pass, or empty for no limit
 */
public record FailPolicy(Level failOn, OptionalInt maxWarnings) {
  /** Errors fail, warnings are not counted: the default. */
  public static final FailPolicy DEFAULT = new FailPolicy(Level.ERROR, OptionalInt.empty());

  /**
   * Checks the limit.
   *
   * @param failOn the least severe level that fails the run
   * @param maxWarnings how many warnings pass, or empty for no limit
   * @throws IllegalArgumentException when the warning limit is negative
   */
  public FailPolicy {
    if (maxWarnings.isPresent() && maxWarnings.getAsInt() < 0) {
      throw new IllegalArgumentException("max-warnings must be 0 or more, not " + maxWarnings.getAsInt());
    }
  }

  /**
   * Whether these findings fail the run.
   *
   * @param findings the findings that count (after any baseline)
   * @return true when one is at or above {@link #failOn} or there are too many warnings
   */
  public boolean fails(List<LintFinding> findings) {
    boolean failing = findings.stream().anyMatch(f -> f.level().atLeast(failOn));
    long warnings = findings.stream().filter(f -> f.level() == Level.WARNING).count();
    return failing || maxWarnings.isPresent() && warnings > maxWarnings.getAsInt();
  }
}
