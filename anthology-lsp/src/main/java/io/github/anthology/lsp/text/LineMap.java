package io.github.anthology.lsp.text;

import io.github.anthology.model.source.SourceSpan;
import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Character offsets of a text and protocol positions, both ways. Positions count UTF-16 code
 * units within a line, as Java strings and the protocol's default encoding do; a line ends at
 * {@code \n}, {@code \r\n} or {@code \r}.
 */
public final class LineMap {
  private final String text;
  private final int[] starts;

  /**
   * @param text the whole text
   */
  public LineMap(String text) {
    this.text = text;
    int[] found = new int[16];
    int n = 0;
    found[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = i + 1;
      }
    }
    this.starts = Arrays.copyOf(found, n);
  }

  /** @return the text */
  public String text() {
    return text;
  }

  /**
   * @param offset a character offset, clamped into the text
   * @return its position
   */
  public Position position(int offset) {
    int at = Math.max(0, Math.min(offset, text.length()));
    int i = Arrays.binarySearch(starts, at);
    int line = i >= 0 ? i : -i - 2;
    return new Position(line, at - starts[line]);
  }

  /**
   * @param position a protocol position; past the end of its line it means the line's end
   * @return its character offset
   */
  public int offset(Position position) {
    if (position.getLine() >= starts.length) {
      return text.length();
    }
    int start = starts[Math.max(0, position.getLine())];
    int end = position.getLine() + 1 < starts.length ? lineEnd(position.getLine()) : text.length();
    return Math.min(start + Math.max(0, position.getCharacter()), end);
  }

  /**
   * @param line a 0-based line
   * @return the offset where the line starts
   */
  public int lineStart(int line) {
    return starts[Math.max(0, Math.min(line, starts.length - 1))];
  }

  /**
   * @param line a 0-based line
   * @return the offset of its line break (or the text's end)
   */
  public int lineEnd(int line) {
    if (line + 1 >= starts.length) {
      return text.length();
    }
    int end = starts[line + 1] - 1;
    return end > starts[line] && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  /**
   * @param start a character offset
   * @param end a later character offset
   * @return the range between them
   */
  public Range range(int start, int end) {
    return new Range(position(start), position(Math.max(start, end)));
  }

  /**
   * A span's range: by its offsets when it has them, else by its lines and columns, else the
   * text's start.
   *
   * @param span a span in this text
   * @return its range
   */
  public Range range(SourceSpan span) {
    if (span.startOffset() >= 0) {
      return range(span.startOffset(), span.endOffset());
    }
    return spanRange(span);
  }

  /**
   * A span's range from its 1-based lines and columns alone (for a file whose text is not at hand).
   *
   * @param span the span
   * @return its range, or the start of the file when it has no position
   */
  public static Range spanRange(SourceSpan span) {
    if (!span.hasPosition()) {
      return new Range(new Position(0, 0), new Position(0, 0));
    }
    return new Range(new Position(span.line() - 1, span.column() - 1),
        new Position(Math.max(span.endLine(), span.line()) - 1, Math.max(0, span.endColumn() - 1)));
  }
}
