package io.github.anthology.model;

import io.github.anthology.model.source.SourceSpan;
import org.immutables.value.Value;

/**
 * A key that no part of Anthology interprets, kept with its value (a String, Boolean, Number, List
 * or Map of those) so that it survives every read, write and rewrite.
 */
@Value.Immutable
public interface Extra {
  @Value.Parameter
  String key();

  @Value.Parameter
  Object value();

  @Value.Parameter
  SourceSpan span();

  static Extra of(String key, Object value, SourceSpan span) {
    return ImmutableExtra.of(key, value, span);
  }
}
