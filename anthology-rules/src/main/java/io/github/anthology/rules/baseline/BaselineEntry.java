package io.github.anthology.rules.baseline;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded finding: its file (relative to the baseline), rule, the pointer to its entity, and
 * its message. Lines are not kept: they shift with every edit, entities do not.
 */
public record BaselineEntry(String file, String rule, Optional<String> pointer, String message) {
  /** The order entries are written in, so the same findings always give the same file. */
  public static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::file)
      .thenComparing(BaselineEntry::rule)
      .thenComparing(e -> e.pointer().orElse(""))
      .thenComparing(BaselineEntry::message);

  public BaselineEntry {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  /** File, rule and pointer; without a pointer the message stands in for the entity. */
  String key() {
    return file + "\u0000" + rule + "\u0000" + pointer.orElse("\u0000" + message);
  }

  String exactKey() {
    return key() + "\u0000" + message;
  }

  /** How a stale entry is shown: {@code file rule pointer-or-message}. */
  @Override
  public String toString() {
    return file + " " + rule + " " + pointer.orElse("\"" + message + "\"");
  }
}
