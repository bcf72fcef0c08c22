package io.github.anthology.model.config;

import io.github.anthology.model.source.SourceSpan;
import java.util.Objects;

/**
 * A configured value and where it is written. The value is a String, Boolean, Long, Double, a
 * List or Map of those, or null: YAML's own types, so a rule option can say what is wrong with it.
 */
public record ConfigValue(Object value, SourceSpan span) {
  public ConfigValue {
    Objects.requireNonNull(span, "span");
  }
}
