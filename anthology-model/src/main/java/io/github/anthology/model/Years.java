package io.github.anthology.model;

import java.util.Optional;

/** Parsing of years written as text. */
public final class Years {
  private Years() {}

  /** The year, when the text is a whole number of at most four digits. */
  public static Optional<Integer> parse(String text) {
    String t = text.trim();
    if (t.isEmpty() || t.length() > 4) {
      return Optional.empty();
    }
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isDigit(t.charAt(i)) || t.charAt(i) > '9') {
        return Optional.empty();
      }
    }
    return Optional.of(Integer.parseInt(t));
  }
}
