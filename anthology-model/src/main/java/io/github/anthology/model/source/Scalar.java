package io.github.anthology.model.source;

import java.util.Objects;

/**
 * A scalar exactly as written in its source: the text (never re-typed, so {@code 1910.02054}
 * stays that string), where it stands, and whether it was written plain (unquoted).
 */
public record Scalar(String text, SourceSpan span, boolean plain) {

  public Scalar {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }

  /** A value made in memory rather than read from a file. */
  public static Scalar of(String text) {
    return new Scalar(text, SourceSpan.ofFile(""), false);
  }

  @Override
  public String toString() {
    return text;
  }
}
