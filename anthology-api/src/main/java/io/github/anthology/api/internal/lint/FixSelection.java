package io.github.anthology.api.internal.lint;

import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Fix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Chooses the fixes of one pass: each finding's first fix, in finding order, taken whole or not at
 * all. A fix with an edit that overlaps an edit already chosen waits for the next pass, when the
 * file has been re-read and re-linted.
 */
final class FixSelection {
  private final Map<String, NavigableMap<Integer, List<TextEdit>>> chosen = new HashMap<>();
  private final List<TextEdit> edits = new ArrayList<>();

  static List<TextEdit> of(List<Finding> findings) {
    FixSelection selection = new FixSelection();
    for (Finding f : findings) {
      if (!f.fixes().isEmpty()) {
        selection.offer(f.fixes().get(0));
      }
    }
    return selection.edits;
  }

  private void offer(Fix fix) {
    for (TextEdit e : fix.edits()) {
      if (clashes(e)) {
        return;
      }
    }
    for (TextEdit e : fix.edits()) {
      chosen.computeIfAbsent(e.file(), f -> new TreeMap<>())
          .computeIfAbsent(e.startOffset(), s -> new ArrayList<>()).add(e);
      edits.add(e);
    }
  }

  /** Whether the edit overlaps a chosen one other than an identical twin. */
  private boolean clashes(TextEdit e) {
    NavigableMap<Integer, List<TextEdit>> byStart = chosen.get(e.file());
    if (byStart == null) {
      return false;
    }
    for (List<TextEdit> atStart : byStart.headMap(e.endOffset(), true).descendingMap().values()) {
      boolean reaches = false;
      for (TextEdit c : atStart) {
        if (!c.equals(e) && c.overlaps(e)) {
          return true;
        }
        reaches |= c.endOffset() >= e.startOffset();
      }
      if (!reaches) {
        return false;
      }
    }
    return false;
  }
}
