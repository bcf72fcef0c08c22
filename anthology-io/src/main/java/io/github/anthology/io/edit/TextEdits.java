package io.github.anthology.io.edit;

import io.github.anthology.model.source.TextEdit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Applies text edits to an original text. Edits are taken in order of position; one that overlaps
 * an edit already taken is deferred to the next pass, and an exact duplicate of one taken is
 * dropped. Every character outside the taken edits' ranges is copied unchanged.
 */
public final class TextEdits {
  /** Position order; at one position an insertion goes before a replacement. */
  public static final Comparator<TextEdit> ORDER =
      Comparator.comparingInt(TextEdit::startOffset)
          .thenComparingInt(TextEdit::endOffset)
          .thenComparing(TextEdit::replacement);

  private TextEdits() {}

  /** Applies the edits (all meant for this one text) that do not overlap an earlier one. */
  public static AppliedEdits apply(String original, Collection<TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(new LinkedHashSet<>(edits));
    sorted.sort(ORDER);
    List<TextEdit> applied = new ArrayList<>();
    List<TextEdit> deferred = new ArrayList<>();
    StringBuilder out = new StringBuilder(original.length() + 64);
    int copied = 0;
    TextEdit last = null;
    for (TextEdit edit : sorted) {
      if (edit.endOffset() > original.length()) {
        throw new IllegalArgumentException("edit [" + edit.startOffset() + ", " + edit.endOffset()
            + ") lies beyond the end of " + edit.file() + " (" + original.length() + " characters)");
      }
      if (last != null && (edit.overlaps(last) || edit.startOffset() < last.endOffset())) {
        deferred.add(edit);
        continue;
      }
      out.append(original, copied, edit.startOffset()).append(edit.replacement());
      copied = edit.endOffset();
      applied.add(edit);
      last = edit;
    }
    out.append(original, copied, original.length());
    return new AppliedEdits(out.toString(), applied, deferred);
  }
}
