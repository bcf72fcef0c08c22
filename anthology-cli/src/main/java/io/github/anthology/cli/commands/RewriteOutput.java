package io.github.anthology.cli.commands;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.Messages;
import io.github.anthology.api.edit.Changes;
import io.github.anthology.api.edit.RewriteResult;

/**
 * Shows changes as a unified diff on standard output, or with {@code --write} writes them
 * atomically and names the files written. What a rewrite could not do goes to standard error as
 * {@code file:line:col: message} and makes the exit code 1; notes (what it did that a person may
 * want to check) go there too, first, and do not change the exit code.
 */
final class RewriteOutput {
  private final Console console;

  RewriteOutput(Console console) {
    this.console = console;
  }

  int present(RewriteResult rewrite, boolean write) throws AnthologyException {
    present(rewrite.changes(), write);
    rewrite.notes().forEach(n -> console.err().println(n));
    rewrite.problems().forEach(p -> console.err().println(Messages.forTerminal(p.toString())));
    return (rewrite.problems().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS).code();
  }

  void present(Changes changes, boolean write) throws AnthologyException {
    if (!write) {
      console.out().print(changes.diff());
      return;
    }
    for (String file : changes.write()) {
      console.err().println("updated " + file);
    }
  }
}
