package io.github.anthology.rules.api;

import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.TextEdit;

/** Text edits that rules put in their fixes. */
public final class Edits {
  private Edits() {}

  /**
   * Removes item {@code index} of a list of scalars from the file's {@code text}: in a flow list
   * ({@code [a, b, a]}) with the comma before it (after it, for the first); in a block list, its
   * whole line, or, when a comment follows it on the line, only the item, so the comment stays.
   */
  public static TextEdit removeItem(String text, java.util.List<Scalar> items, int index) {
    Scalar item = items.get(index);
    String file = item.span().file();
    int start = item.span().startOffset();
    int end = item.span().endOffset();
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    boolean block = text.substring(lineStart, start).strip().equals("-");
    if (!block) {
      if (index > 0) {
        return new TextEdit(file, items.get(index - 1).span().endOffset(), end, "");
      }
      return new TextEdit(file, start, items.size() > 1 ? items.get(1).span().startOffset() : end, "");
    }
    int lineEnd = text.indexOf('\n', end);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    if (text.substring(end, lineEnd).isBlank()) {
      return new TextEdit(file, lineStart, Math.min(text.length(), lineEnd + 1), "");
    }
    int dash = text.indexOf('-', lineStart);
    return new TextEdit(file, dash, end, " ".repeat(end - dash));
  }

  /** Replaces the text of a scalar, keeping its quotes; see {@link TextEdit#replaceText}. */
  public static TextEdit replaceText(Scalar scalar, String replacement) {
    return TextEdit.replaceText(scalar, replacement);
  }
}
