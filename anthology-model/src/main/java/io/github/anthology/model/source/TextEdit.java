package io.github.anthology.model.source;

import java.util.Objects;

/**
 * Replace the characters {@code [startOffset, endOffset)} of {@code file} with {@code replacement}.
 * An insertion has equal offsets. Edits are applied to the original text, never to a
 * re-serialised document.
 */
public record TextEdit(String file, int startOffset, int endOffset, String replacement) {

  public TextEdit {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(replacement, "replacement");
    if (startOffset < 0 || endOffset < startOffset) {
      throw new IllegalArgumentException(
          "bad edit range [" + startOffset + ", " + endOffset + ") in " + file);
    }
  }

  /** Replace the text a span covers. */
  public static TextEdit replace(SourceSpan span, String replacement) {
    return new TextEdit(span.file(), span.startOffset(), span.endOffset(), replacement);
  }

  /**
   * Replaces the text of a scalar, keeping its quotes when it was quoted: a quoted scalar's span
   * covers its quotes, so only the characters between them are replaced.
   */
  public static TextEdit replaceText(Scalar scalar, String replacement) {
    SourceSpan span = scalar.span();
    if (!scalar.plain() && span.length() == scalar.text().length() + 2) {
      return new TextEdit(span.file(), span.startOffset() + 1, span.endOffset() - 1, replacement);
    }
    return replace(span, replacement);
  }

  /** Whether the two edits touch the same characters (or insert at the same point). */
  public boolean overlaps(TextEdit other) {
    if (!file.equals(other.file)) {
      return false;
    }
    if (startOffset == endOffset || other.startOffset == other.endOffset) {
      return startOffset <= other.endOffset && other.startOffset <= endOffset;
    }
    return startOffset < other.endOffset && other.startOffset < endOffset;
  }
}
