package io.github.anthology.cli.commands;

import io.github.anthology.api.lint.BaselineMatch;

/**
 * What a baseline comparison tells the user on standard error: how many findings it left out, and
 * the entries that matched nothing (so that re-writing the baseline shrinks it).
 */
final class BaselineMessages {
  private BaselineMessages() {}

  static void print(BaselineMatch match, Console console) {
    if (match.known() > 0) {
      console.err().println("anthology: " + match.known() + " findings are in the baseline " + match.file()
          + " and not shown");
    }
    if (!match.stale().isEmpty()) {
      console.err().println(match.file() + ": " + match.stale().size() + " baseline entries match nothing any more;"
          + " run --write-baseline " + match.file() + " to drop them:");
      match.stale().forEach(e -> console.err().println("  " + e));
    }
  }
}
