package io.github.anthology.cli.commands;

import io.github.anthology.api.lint.LintResult;
import io.github.anthology.api.lint.RuleError;
import java.util.List;

/** What the process exit status means. */
public enum ExitCode {
  /** Nothing at or above the failing severity. */
  OK(0),
  /** Findings at or above the failing severity. */
  FINDINGS(1),
  /** Bad usage, or input that cannot be read. */
  USAGE(2),
  /** A bug in Anthology itself. */
  INTERNAL(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /**
   * A lint run's status: a plugin rule that threw is bad input (2), a built-in one a bug (3);
   * otherwise findings that fail the run's policy (1), else 0.
   */
  public static ExitCode of(LintResult result) {
    return of(result.ruleErrors(), result.failed() ? FINDINGS : OK);
  }

  /** A built-in rule that threw is a bug (3), a plugin's is bad input (2); without either, {@code otherwise}. */
  public static ExitCode of(List<RuleError> ruleErrors, ExitCode otherwise) {
    if (ruleErrors.stream().anyMatch(e -> e.plugin().isEmpty())) {
      return INTERNAL;
    }
    return ruleErrors.isEmpty() ? otherwise : USAGE;
  }

}
