package io.github.anthology.cli.commands.calc;

import io.github.anthology.cli.commands.Console;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** {@code --format text|json}, and printing the chosen rendering. */
public final class Format {
  /** The formats, for help and completion. */
  public enum Kind { text, json }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (an aligned table) or json (docs/schemas/calc.schema.json); default: ${DEFAULT-VALUE}.")
  Kind kind;

  void print(Console console, Supplier<String> text, Supplier<String> json) {
    console.out().print(kind == Kind.json ? json.get() : text.get());
    console.out().flush();
  }
}
