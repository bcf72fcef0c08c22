package io.github.anthology.api.lint;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters, from most to least severe. */
public enum Level {
  /** A defect the registry must not keep. */
  ERROR,
  /** Something that is probably wrong. */
  WARNING,
  /** A suggestion. */
  INFO;

  /**
   * The level as it is written in configuration and reports.
   *
   * @return {@code error}, {@code warning} or {@code info}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether this level is at least as severe as another.
   *
   * @param threshold the level to compare with
   * @return true when this level is the threshold or more severe
   */
  public boolean atLeast(Level threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /**
   * The level a label names, ignoring case and surrounding blanks.
   *
   * @param text {@code error}, {@code warning} or {@code info}
   * @return the level, or empty for any other text
   */
  public static Optional<Level> parse(String text) {
    for (Level level : values()) {
      if (level.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
