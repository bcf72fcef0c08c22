package io.github.anthology.io.registry;

import java.util.Objects;
import java.util.Optional;

/**
 * What a registry export says beyond the recommendations. There is no clock in here on purpose:
 * the same registry always exports to the same bytes, and {@code last_updated} is written only
 * when the caller gives a date.
 */
public record ExportOptions(Optional<String> lastUpdated) {
  public static final ExportOptions DEFAULT = new ExportOptions(Optional.empty());

  public ExportOptions {
    Objects.requireNonNull(lastUpdated, "lastUpdated");
  }

  /** An export stamped with {@code metadata.last_updated: date}. */
  public static ExportOptions lastUpdated(String date) {
    return new ExportOptions(Optional.of(date));
  }
}
