package io.github.anthology.cli.commands;

/** A command was given something it cannot use; the message says what and how to fix it. */
public final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageError(String message) {
    super(message);
  }
}
