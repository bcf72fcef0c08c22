package io.github.anthology.cli.commands;

import java.util.Map;

/**
 * Whether the text report is coloured: {@code --color=always|never} decide; otherwise ({@code auto})
 * never when {@code NO_COLOR} is set to anything (no-color.org), always when {@code FORCE_COLOR} is
 * (force-color.org; {@code 0} and {@code false} turn it off), else only on a terminal.
 */
public final class ColourPolicy {
  /** The values of {@code --color}. */
  public enum When { auto, always, never }

  private ColourPolicy() {}

  /** The {@code auto} policy. */
  public static boolean colour(boolean terminal, Map<String, String> environment) {
    return colour(When.auto, terminal, environment);
  }

  public static boolean colour(When when, boolean terminal, Map<String, String> environment) {
    if (when != When.auto) {
      return when == When.always;
    }
    if (!environment.getOrDefault("NO_COLOR", "").isEmpty()) {
      return false;
    }
    String force = environment.getOrDefault("FORCE_COLOR", "");
    if (!force.isEmpty()) {
      return !force.equals("0") && !force.equalsIgnoreCase("false");
    }
    return terminal;
  }

  /** For this process: by {@code when}, the environment, and whether standard output is a terminal. */
  public static boolean forThisProcess(When when) {
    return colour(when, Terminals.stdout(), System.getenv());
  }
}
