package io.github.anthology.cli.commands;

import java.util.Map;

/** Colour only on a terminal, and never when {@code NO_COLOR} is set to anything (no-color.org). */
public final class ColourPolicy {
  private ColourPolicy() {}

  public static boolean colour(boolean terminal, Map<String, String> environment) {
    String noColour = environment.get("NO_COLOR");
    return terminal && (noColour == null || noColour.isEmpty());
  }

  /** For this process: standard output is a terminal and the environment allows it. */
  public static boolean forThisProcess() {
    return colour(System.console() != null, System.getenv());
  }
}
