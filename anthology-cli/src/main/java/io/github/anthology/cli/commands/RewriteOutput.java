package io.github.anthology.cli.commands;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.edit.AtomicWriter;
import io.github.anthology.io.edit.ChangeSet;
import io.github.anthology.io.rewrite.Problem;
import io.github.anthology.io.rewrite.Rewrite;
import io.github.anthology.render.text.TerminalText;
import java.util.List;

/**
 * Shows a rewrite as a unified diff on standard output, or with {@code --write} writes it
 * atomically and names the files written. What it could not do goes to standard error as
 * {@code file:line:col: message} and makes the exit code 1; notes (what it did that a person may
 * want to check) go there too, first, and do not change the exit code.
 */
public final class RewriteOutput {
  private final Console console;
  private final AtomicWriter writer;

  public RewriteOutput(Console console, AtomicWriter writer) {
    this.console = console;
    this.writer = writer;
  }

  public RewriteOutput(Console console) {
    this(console, AtomicWriter.standard());
  }

  public int present(Rewrite rewrite, boolean write) throws ReadException {
    present(rewrite.changes(), write);
    for (Problem n : rewrite.notes()) {
      console.err().println(n);
    }
    for (Problem p : rewrite.problems()) {
      console.err().println(TerminalText.escape(p.toString()));
    }
    return (rewrite.problems().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS).code();
  }

  public void present(ChangeSet changes, boolean write) throws ReadException {
    if (!write) {
      console.out().print(changes.diff());
      return;
    }
    List<String> written = changes.write(writer);
    for (String file : written) {
      console.err().println("updated " + file);
    }
  }
}
