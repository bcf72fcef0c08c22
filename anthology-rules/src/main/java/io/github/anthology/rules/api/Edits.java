package io.github.anthology.rules.api;

import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.model.source.TextEdit;

/** Text edits that rules put in their fixes. */
public final class Edits {
  private Edits() {}

  /**
   * Replaces the text of a scalar, keeping its quotes when it was quoted: a quoted scalar's span
   * covers its quotes, so only the characters between them are replaced.
   */
  public static TextEdit replaceText(Scalar scalar, String replacement) {
    SourceSpan span = scalar.span();
    if (!scalar.plain() && span.length() == scalar.text().length() + 2) {
      return new TextEdit(span.file(), span.startOffset() + 1, span.endOffset() - 1, replacement);
    }
    return TextEdit.replace(span, replacement);
  }
}
