package io.github.anthology.render.text;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * A buffered writer for renderers: appends like a {@link StringBuilder} (no checked exceptions, so
 * it works inside lambdas), but passes its text on to the destination in 32 KiB chunks, so a
 * 100 MB document is never held whole in memory. It is also a {@link Writer}, so a JSON generator
 * can write into the same stream. An I/O failure surfaces as an {@link UncheckedIOException}.
 */
public final class TextOut extends Writer {
  private static final int CHUNK = 32 * 1024;
  private final Writer out;
  private final char[] buffer = new char[CHUNK];
  private int used;

  public TextOut(Writer out) {
    this.out = out;
  }

  /** The text a renderer writes, as one String (for small documents and tests). */
  public static String text(Consumer<TextOut> renderer) {
    StringWriter sw = new StringWriter();
    try (TextOut out = new TextOut(sw)) {
      renderer.accept(out);
    }
    return sw.toString();
  }

  @Override
  public TextOut append(CharSequence text) {
    String s = String.valueOf(text);
    write(s, 0, s.length());
    return this;
  }

  @Override
  public TextOut append(char c) {
    if (used == CHUNK) {
      drain();
    }
    buffer[used++] = c;
    return this;
  }

  /** The decimal digits of a number, as {@link StringBuilder#append(long)} writes them. */
  public TextOut append(long number) {
    return append(Long.toString(number));
  }

  @Override
  public void write(int c) {
    append((char) c);
  }

  @Override
  public void write(String s, int off, int len) {
    while (len > 0) {
      if (used == CHUNK) {
        drain();
      }
      int n = Math.min(len, CHUNK - used);
      s.getChars(off, off + n, buffer, used);
      used += n;
      off += n;
      len -= n;
    }
  }

  @Override
  public void write(char[] chars, int off, int len) {
    while (len > 0) {
      if (used == CHUNK) {
        drain();
      }
      int n = Math.min(len, CHUNK - used);
      System.arraycopy(chars, off, buffer, used, n);
      used += n;
      off += n;
      len -= n;
    }
  }

  @Override
  public void flush() {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Passes the buffered text on and flushes; the destination stays open (its owner closes it). */
  @Override
  public void close() {
    flush();
  }

  private void drain() {
    try {
      out.write(buffer, 0, used);
      used = 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
