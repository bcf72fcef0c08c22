package io.github.anthology.model;

import java.util.Locale;
import java.util.Optional;

/** The status of a recommendation: exactly one of these. */
public enum Status {
  EXPERIMENTAL,
  STANDARD,
  DEPRECATED;

  private static final Status[] VALUES = values();
  private final String label = name().toLowerCase(Locale.ROOT);

  /** The lower-case name used in every file format. */
  public String label() {
    return label;
  }

  public static Optional<Status> parse(String text) {
    for (Status s : VALUES) {
      if (s.label.equals(text)) {
        return Optional.of(s);
      }
    }
    String label = text.trim().toLowerCase(Locale.ROOT);
    for (Status s : VALUES) {
      if (s.label().equals(label)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
