package io.github.anthology.rules.api;

import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.TextEdit;

/** Text edits that rules put in their fixes. */
public final class Edits {
  private Edits() {}

  /** Replaces the text of a scalar, keeping its quotes; see {@link TextEdit#replaceText}. */
  public static TextEdit replaceText(Scalar scalar, String replacement) {
    return TextEdit.replaceText(scalar, replacement);
  }
}
