package io.github.anthology.io.edit;

import io.github.anthology.model.source.TextEdit;
import java.util.List;

/**
 * The result of applying edits to a text: the new text, the edits that went in, and those left for
 * another pass because they overlapped one that went in first.
 */
public record AppliedEdits(String text, List<TextEdit> applied, List<TextEdit> deferred) {
  public AppliedEdits {
    applied = List.copyOf(applied);
    deferred = List.copyOf(deferred);
  }

  public boolean changed() {
    return !applied.isEmpty();
  }
}
