package io.github.anthology.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the CLI in-process, with what it printed. */
public record Run(int code, String out, String err) {
  public static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new Console(new PrintWriter(out), new PrintWriter(err)), args);
    return new Run(code, out.toString(), err.toString());
  }
}
