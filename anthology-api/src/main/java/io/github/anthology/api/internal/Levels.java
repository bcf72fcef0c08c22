package io.github.anthology.api.internal;

import io.github.anthology.api.lint.Level;
import io.github.anthology.rules.api.Severity;

/** The engine's severities as the API's levels and back: the same three, in the same order. */
public final class Levels {
  private Levels() {}

  /**
   * @param severity the engine's severity
   * @return the API's level of the same name
   */
  public static Level of(Severity severity) {
    return switch (severity) {
      case ERROR -> Level.ERROR;
      case WARNING -> Level.WARNING;
      case INFO -> Level.INFO;
    };
  }

  /**
   * @param level the API's level
   * @return the engine's severity of the same name
   */
  public static Severity of(Level level) {
    return switch (level) {
      case ERROR -> Severity.ERROR;
      case WARNING -> Severity.WARNING;
      case INFO -> Severity.INFO;
    };
  }
}
