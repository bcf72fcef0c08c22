package io.github.anthology.io.yaml;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's reader over a text already in memory, read in place. Its own reader copies the
 * whole unread part of a token every 1,024 characters it reads ahead, so one long scalar costs
 * time quadratic in its length (8 MB of title without spaces: minutes); this one looks ahead by
 * index, so reading is linear. Marks carry the character offset as their index, so a position
 * costs nothing to turn into a span. Characters YAML does not allow are found before parsing
 * ({@link Printable}), so this reader does not check them.
 */
final class TextReader extends StreamReader {
  private static final int[] NO_SNIPPET = new int[0];
  private final String text;
  private final int end;
  private int pos;
  private int index;
  private int line;
  private int column;
  private int documentIndex;
  /** The last look-ahead: {@link #peek(int)} of growing distances walks on from it. */
  private int aheadCount;
  private int aheadOffset;

  /** Reads {@code text[start, end)}, whose first character is on the 0-based {@code line}. */
  TextReader(String text, int start, int end, int line) {
    super("");
    this.text = text;
    this.end = end;
    this.pos = start;
    this.line = line;
    this.aheadOffset = start;
  }

  TextReader(String text) {
    this(text, 0, text.length(), 0);
  }

  @Override
  public Mark getMark() {
    return new Mark("'reader'", pos, line, column, NO_SNIPPET, 0);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int length) {
    for (int i = 0; i < length && pos < end; i++) {
      int c = text.codePointAt(pos);
      pos += Character.charCount(c);
      index++;
      documentIndex++;
      if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' || (c == '\r' && (pos >= end || text.charAt(pos) != '\n'))) {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
    aheadCount = 0;
    aheadOffset = pos;
  }

  @Override
  public int peek() {
    return pos < end ? text.codePointAt(pos) : '\0';
  }

  @Override
  public int peek(int distance) {
    int at = offsetAhead(distance);
    return at < end ? text.codePointAt(at) : '\0';
  }

  /** The offset {@code distance} code points ahead, walking on from the last look-ahead when it is not past it. */
  private int offsetAhead(int distance) {
    if (distance < aheadCount) {
      aheadCount = 0;
      aheadOffset = pos;
    }
    int at = aheadOffset;
    for (int n = aheadCount; n < distance && at < end; n++) {
      at += Character.isHighSurrogate(text.charAt(at)) && at + 1 < end && Character.isLowSurrogate(text.charAt(at + 1)) ? 2 : 1;
    }
    aheadCount = distance;
    aheadOffset = at;
    return at;
  }

  @Override
  public String prefix(int length) {
    return length == 0 ? "" : text.substring(pos, Math.min(end, offsetAhead(length)));
  }

  /** As SnakeYAML's: the prefix never holds a line break, so only the column moves. */
  @Override
  public String prefixForward(int length) {
    String prefix = prefix(length);
    int counted = prefix.codePointCount(0, prefix.length());
    pos += prefix.length();
    index += counted;
    documentIndex += counted;
    column += counted;
    aheadCount = 0;
    aheadOffset = pos;
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public int getLine() {
    return line;
  }
}
