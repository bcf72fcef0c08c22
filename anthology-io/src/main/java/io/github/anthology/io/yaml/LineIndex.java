package io.github.anthology.io.yaml;

import io.github.anthology.model.source.SourceSpan;
import java.util.Arrays;

/**
 * Turns a parser's line and column (0-based, counted in code points) into a span with 1-based
 * lines and columns and character offsets into the text.
 */
public final class LineIndex {
  private final String file;
  private final String text;
  private final int[] lineStarts;

  public LineIndex(String file, String text) {
    this.file = file;
    this.text = text;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
      }
      starts[n++] = i + 1;
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  public String file() {
    return file;
  }

  /** The character offset of a 0-based line and code-point column. */
  public int offset(int line, int column) {
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

  public SourceSpan span(int line, int column, int endLine, int endColumn) {
    int start = offset(line, column);
    int end = Math.max(start, offset(endLine, endColumn));
    return new SourceSpan(file, line + 1, column + 1, endLine + 1, endColumn + 1, start, end);
  }

  /** The span of the characters {@code [start, end)}, columns counted in code points. */
  public SourceSpan spanOfOffsets(int start, int end) {
    int line = lineOf(start);
    int endLine = lineOf(end);
    return new SourceSpan(file, line + 1, text.codePointCount(lineStarts[line], start) + 1, endLine + 1,
        text.codePointCount(lineStarts[endLine], end) + 1, start, end);
  }

  private int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i : -i - 2;
  }

  public SourceSpan point(int line, int column) {
    return span(line, column, line, column);
  }
}
