package io.github.anthology.cli.commands;

import picocli.CommandLine.Option;

/** {@code --color}: whether a text report is coloured. */
final class ColourOption {
  @Option(names = {"--color", "--colour"}, paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour the text report: auto (on a terminal, unless NO_COLOR is set or FORCE_COLOR"
          + " asks for it), always or never (default: ${DEFAULT-VALUE}).")
  ColourPolicy.When when = ColourPolicy.When.auto;

  /** Whether a report written to standard output ({@code toFile} false) or a file is coloured. */
  boolean colour(boolean toFile) {
    return toFile ? when == ColourPolicy.When.always : ColourPolicy.forThisProcess(when);
  }
}
