package io.github.anthology.model.source;

import java.util.Comparator;
import java.util.Objects;

/**
 * A region of a source file: 1-based line and column of its start and end, and the 0-based
 * character offsets into the decoded text. Offsets are what text edits use; lines and columns are
 * what people read.
 */
public record SourceSpan(
    String file, int line, int column, int endLine, int endColumn, int startOffset, int endOffset)
    implements Comparable<SourceSpan> {

  private static final Comparator<SourceSpan> ORDER =
      Comparator.comparing(SourceSpan::file)
          .thenComparingInt(SourceSpan::line)
          .thenComparingInt(SourceSpan::column)
          .thenComparingInt(SourceSpan::endOffset);

  public SourceSpan {
    Objects.requireNonNull(file, "file");
  }

  /** A span that only names a file, for elements that have no position of their own. */
  public static SourceSpan ofFile(String file) {
    return new SourceSpan(file, 0, 0, 0, 0, -1, -1);
  }

  /** Whether this span points into the file rather than at the file as a whole. */
  public boolean hasPosition() {
    return line > 0;
  }

  public int length() {
    return endOffset - startOffset;
  }

  /** {@code file:line:col}, or just the file when there is no position. */
  public String location() {
    return hasPosition() ? file + ":" + line + ":" + column : file;
  }

  @Override
  public int compareTo(SourceSpan other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return location();
  }
}
