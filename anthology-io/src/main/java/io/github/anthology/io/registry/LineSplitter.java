package io.github.anthology.io.registry;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Cuts a character stream into {@link LineBlock}s of whole lines, so that blocks can be parsed on
 * several threads while line numbers, file offsets and record numbers stay those of the whole
 * file. A byte-order mark at the start is dropped (offsets count from after it, as for files read
 * whole); a line longer than a block makes the block grow.
 */
final class LineSplitter {
  private final Reader in;
  private char[] buffer;
  private int filled;
  private boolean eof;
  private boolean started;
  private long offset;
  private int line = 1;
  private int index;

  LineSplitter(Reader in, int blockChars) {
    this.in = in;
    this.buffer = new char[Math.max(16, blockChars)];
  }

  /** The next block, or null at the end of the input. */
  LineBlock next() throws IOException {
    fill();
    if (filled == 0) {
      return null;
    }
    int cut = eof ? filled : lastLineEnd();
    while (cut < 0) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
      fill();
      cut = eof ? filled : lastLineEnd();
    }
    char[] chars = Arrays.copyOf(buffer, cut);
    LineBlock block = split(chars);
    System.arraycopy(buffer, cut, buffer, 0, filled - cut);
    filled -= cut;
    offset += cut;
    return block;
  }

  /** Reads until the buffer is full or the input ends. */
  private void fill() throws IOException {
    while (!eof && filled < buffer.length) {
      int n = in.read(buffer, filled, buffer.length - filled);
      if (n < 0) {
        eof = true;
      } else {
        filled += n;
      }
      if (!started && filled > 0) {
        started = true;
        if (buffer[0] == '\uFEFF') {
          System.arraycopy(buffer, 1, buffer, 0, --filled);
        }
      }
    }
  }

  /** Just past the last {@code \n} in the buffer, or -1 when there is none. */
  private int lastLineEnd() {
    for (int i = filled - 1; i >= 0; i--) {
      if (buffer[i] == '\n') {
        return i + 1;
      }
    }
    return -1;
  }

  private LineBlock split(char[] chars) {
    int capacity = 64;
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int[] lines = new int[capacity];
    int count = 0;
    int firstIndex = index;
    int i = 0;
    while (i < chars.length) {
      int start = i;
      boolean blank = true;
      while (i < chars.length && blank && chars[i] != '\n') {
        char c = chars[i++];
        blank = c <= ' ' || c >= 128 ? Character.isWhitespace(c) : false;
      }
      while (i < chars.length && chars[i] != '\n') {
        i++;
      }
      if (!blank) {
        if (count == capacity) {
          capacity *= 2;
          starts = Arrays.copyOf(starts, capacity);
          ends = Arrays.copyOf(ends, capacity);
          lines = Arrays.copyOf(lines, capacity);
        }
        starts[count] = start;
        ends[count] = i > start && chars[i - 1] == '\r' ? i - 1 : i;
        lines[count++] = line;
        index++;
      }
      line++;
      i++;
    }
    return new LineBlock(chars, offset, firstIndex, count, starts, ends, lines);
  }
}
