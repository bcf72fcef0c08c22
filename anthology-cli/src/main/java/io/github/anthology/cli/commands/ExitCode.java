package io.github.anthology.cli.commands;

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
}
