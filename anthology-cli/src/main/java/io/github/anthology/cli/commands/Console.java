package io.github.anthology.cli.commands;

import java.io.PrintWriter;

/** The output and error streams a command writes to; tests pass their own. */
public record Console(PrintWriter out, PrintWriter err) {}
