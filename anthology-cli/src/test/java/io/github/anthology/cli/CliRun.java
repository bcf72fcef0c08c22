package io.github.anthology.cli;

import io.github.anthology.cli.commands.Console;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps what it printed. */
public record CliRun(int exitCode, String out, String err) {
  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new Console(new PrintWriter(out, true), new PrintWriter(err, true)), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
