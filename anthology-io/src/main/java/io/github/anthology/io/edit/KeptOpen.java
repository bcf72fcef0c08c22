package io.github.anthology.io.edit;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A temporary file's stream whose close only flushes: the channel under it stays open, since its
 * lock marks the file as live. Arrays go down whole: {@link FilterOutputStream} on its own writes
 * them one byte (one system call on a channel) at a time, which made writing 7 MB take a minute.
 */
final class KeptOpen extends FilterOutputStream {
  KeptOpen(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
