package io.github.anthology.io.ids;

import io.github.anthology.model.source.SourceSpan;

/**
 * What adopting published ids tells a person: a match to check (a reworded text, an id matched by
 * position), or, when {@code attention}, something it could not do (a published id left without a
 * practice, so links to it will not resolve).
 */
public record Remark(SourceSpan span, String message, boolean attention) {
  @Override
  public String toString() {
    return span.location() + ": " + message;
  }
}
