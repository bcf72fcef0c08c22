package io.github.anthology.model;

import java.util.Locale;
import java.util.Optional;

/** The two kinds of topic: processes take a gerund, components a noun. */
public enum TopicKind {
  PROCESS,
  COMPONENT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TopicKind> parse(String text) {
    for (TopicKind k : values()) {
      if (k.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
