package io.github.anthology.render.report;

import java.io.IOException;
import java.io.Writer;

/** A Writer over any Appendable, so reports can write to a StringBuilder or a stream alike. */
final class AppendableWriter extends Writer {
  private final Appendable out;

  AppendableWriter(Appendable out) {
    this.out = out;
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    out.append(java.nio.CharBuffer.wrap(buf, off, len));
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
