package io.github.anthology.cli;

import io.github.anthology.cli.commands.Console;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process and keeps what it printed. */
public record CliRun(int exitCode, String out, String err) {
  public static CliRun of(String... args) {
    return withInput("", args);
  }

  /** A run whose standard input holds {@code stdin}. */
  public static CliRun withInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new Console(new PrintWriter(out, true), new PrintWriter(err, true),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
