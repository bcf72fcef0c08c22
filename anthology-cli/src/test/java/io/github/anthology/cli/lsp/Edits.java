package io.github.anthology.cli.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;

/** Applies the protocol's text edits to a text as an editor would: by line and UTF-16 column, last edit first. */
final class Edits {
  private Edits() {}

  static int offset(String text, Position p) {
    int line = 0;
    int i = 0;
    while (line < p.getLine()) {
      int nl = text.indexOf('\n', i);
      if (nl < 0) {
        return text.length();
      }
      i = nl + 1;
      line++;
    }
    return Math.min(i + p.getCharacter(), text.length());
  }

  static String apply(String text, List<TextEdit> edits) {
    List<TextEdit> ordered = new ArrayList<>(edits);
    ordered.sort(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
    String out = text;
    for (TextEdit e : ordered) {
      int start = offset(text, e.getRange().getStart());
      int end = offset(text, e.getRange().getEnd());
      out = out.substring(0, start) + e.getNewText() + out.substring(end);
    }
    return out;
  }

  static Position positionOf(String text, String needle, int delta) {
    int at = text.indexOf(needle);
    if (at < 0) {
      throw new AssertionError("not in the text: " + needle);
    }
    at += delta;
    int line = 0;
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
      line++;
      start = i + 1;
    }
    return new Position(line, at - start);
  }
}
