package io.github.anthology.model.source;

import java.util.Objects;

/**
 * A region of a source file: 1-based line and column of its start and end, and the 0-based
 * character offsets into the decoded text. Offsets are what text edits use; lines and columns are
 * what people read.
 */
public record SourceSpan(
    String file, int line, int column, int endLine, int endColumn, int startOffset, int endOffset)
    implements Comparable<SourceSpan> {

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

  /**
   * By file, then line, column and end: source order. Written out rather than composed from
   * comparators, and spans of one file share its name, so most comparisons never look at the
   * name's characters: sorting millions of spans is a large part of linting a big registry.
   */
  @Override
  public int compareTo(SourceSpan other) {
    if (file != other.file) {
      int byFile = file.compareTo(other.file);
      if (byFile != 0) {
        return byFile;
      }
    }
    if (line != other.line) {
      return Integer.compare(line, other.line);
    }
    if (column != other.column) {
      return Integer.compare(column, other.column);
    }
    return Integer.compare(endOffset, other.endOffset);
  }

  @Override
  public String toString() {
    return location();
  }
}
