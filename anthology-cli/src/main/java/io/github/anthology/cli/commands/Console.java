package io.github.anthology.cli.commands;

import java.io.InputStream;
import java.io.PrintWriter;

/** The streams a command reads and writes; tests pass their own. */
public record Console(PrintWriter out, PrintWriter err, InputStream in) {
  /** Output and error streams, with the process's standard input. */
  public Console(PrintWriter out, PrintWriter err) {
    this(out, err, System.in);
  }
}
