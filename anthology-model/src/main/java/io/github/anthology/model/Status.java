package io.github.anthology.model;

import java.util.Locale;
import java.util.Optional;

/** The status of a recommendation: exactly one of these. */
public enum Status {
  EXPERIMENTAL,
  STANDARD,
  DEPRECATED;

  /** The lower-case name used in every file format. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Status> parse(String text) {
    for (Status s : values()) {
      if (s.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
