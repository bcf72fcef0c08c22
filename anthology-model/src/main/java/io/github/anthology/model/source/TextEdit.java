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
   * covers its quotes, so only the characters between them are replaced. A scalar written with
   * escapes ({@code "Mo\u0045"}) or as a YAML block is replaced whole by a double-quoted text,
   * escaped as JSON and YAML both read it, so the edit stays valid in either; a plain scalar (or
   * a JSON number or literal) by the bare replacement.
   */
  public static TextEdit replaceText(Scalar scalar, String replacement) {
    SourceSpan span = scalar.span();
    int length = scalar.text().length();
    if (scalar.plain() || span.length() == length) {
      return replace(span, replacement);
    }
    if (span.length() == length + 2) {
      return new TextEdit(span.file(), span.startOffset() + 1, span.endOffset() - 1, replacement);
    }
    return replace(span, doubleQuoted(replacement));
  }

  /**
   * The text in double quotes, with quote, backslash and control characters escaped: what JSON and
   * YAML both read back as exactly the text.
   */
  public static String doubleQuoted(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
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
