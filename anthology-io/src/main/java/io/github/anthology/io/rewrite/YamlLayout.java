package io.github.anthology.io.rewrite;

import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.model.source.TextEdit;
import java.util.List;

/**
 * Where things stand on the lines of one YAML text: line starts and ends, indentation, the file's
 * own line ending, and the edits that insert or remove list items without touching anything else.
 */
final class YamlLayout {
  private final String file;
  private final String text;
  private final String newline;

  YamlLayout(String file, String text) {
    this.file = file;
    this.text = text;
    this.newline = text.contains("\r\n") ? "\r\n" : "\n";
  }

  String file() {
    return file;
  }

  String text() {
    return text;
  }

  /** The file's line ending, so inserted lines match the lines around them. */
  String newline() {
    return newline;
  }

  int lineStart(int offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The offset of the line's terminator ({@code \r\n} or {@code \n}), or the text's end. */
  int lineEnd(int offset) {
    int nl = text.indexOf('\n', offset);
    if (nl < 0) {
      return text.length();
    }
    return nl > 0 && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
  }

  /** The end of the line holding the last non-blank character before {@code offset}. */
  int endOfContent(int offset) {
    int i = offset;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return lineEnd(Math.max(0, i - 1));
  }

  /** The column (in characters, from 0) at which the offset stands on its line. */
  int column(int offset) {
    return offset - lineStart(offset);
  }

  /** Whether the span is an item of a block list: nothing but {@code - } before it on its line. */
  boolean isBlockItem(SourceSpan span) {
    String before = text.substring(lineStart(span.startOffset()), span.startOffset());
    return before.matches("[ \\t]*-[ \\t]+");
  }

  /** A new line of {@code content} at the given indentation, inserted after the line of {@code offset}. */
  TextEdit lineAfter(int offset, int indent, String content) {
    int at = lineEnd(offset);
    return new TextEdit(file, at, at, newline + " ".repeat(indent) + content);
  }

  /** Removes an item of a block list: its line goes, but a comment on it stays on a line of its own. */
  TextEdit removeBlockItem(SourceSpan span) {
    int start = lineStart(span.startOffset());
    int end = lineEnd(span.endOffset());
    if (text.substring(span.endOffset(), end).isBlank()) {
      int next = text.indexOf('\n', end);
      return new TextEdit(file, start, next < 0 ? text.length() : next + 1, "");
    }
    int dash = text.indexOf('-', start);
    return new TextEdit(file, dash, span.endOffset(), " ".repeat(span.endOffset() - dash));
  }

  /** Lines appended after the last item of a non-empty list, in its own style. */
  TextEdit appendItems(List<Scalar> items, List<String> values) {
    SourceSpan last = items.get(items.size() - 1).span();
    if (isBlockItem(last)) {
      int start = lineStart(last.startOffset());
      int dash = text.indexOf('-', start) - start;
      StringBuilder lines = new StringBuilder();
      for (String v : values) {
        lines.append(newline).append(" ".repeat(dash)).append("- ").append(v);
      }
      int at = endOfContent(last.endOffset());
      return new TextEdit(file, at, at, lines.toString());
    }
    return new TextEdit(file, last.endOffset(), last.endOffset(), ", " + String.join(", ", values));
  }
}
