package io.github.anthology.io.yaml;

import io.github.anthology.model.source.SourceSpan;
import java.util.Arrays;

/**
 * Turns the parser's line and column (0-based, counted in code points) into a span with 1-based
 * lines and columns and character offsets into the text.
 */
final class LineIndex {
  private final String file;
  private final String text;
  private final int[] lineStarts;

  LineIndex(String file, String text) {
    this.file = file;
    this.text = text;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  String file() {
    return file;
  }

  /** The character offset of a 0-based line and code-point column. */
  int offset(int line, int column) {
    if (line >= lineStarts.length) {
      return text.length();
    }
    int start = lineStarts[line];
    try {
      return Math.min(text.length(), text.offsetByCodePoints(start, column));
    } catch (IndexOutOfBoundsException e) {
      return text.length();
    }
  }

  SourceSpan span(int line, int column, int endLine, int endColumn) {
    int start = offset(line, column);
    int end = Math.max(start, offset(endLine, endColumn));
    return new SourceSpan(file, line + 1, column + 1, endLine + 1, endColumn + 1, start, end);
  }

  SourceSpan point(int line, int column) {
    return span(line, column, line, column);
  }
}
