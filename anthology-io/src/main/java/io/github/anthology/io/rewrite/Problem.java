package io.github.anthology.io.rewrite;

import io.github.anthology.model.source.SourceSpan;

/** Something a rewrite could not do mechanically, where it stands and what to do instead. */
public record Problem(SourceSpan span, String message) {
  @Override
  public String toString() {
    return span.location() + ": " + message;
  }
}
