package io.github.anthology.io.edit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that a reader sees either the old content or the new, never half of it: the
 * bytes go to a temporary file in the same directory, are forced to disk, and the temporary file is
 * then renamed over the target. If anything fails the target is left as it was and the temporary
 * file is removed.
 */
public final class AtomicWriter {
  private static final int BUFFER = 64 * 1024;
  private final Mover mover;

  public AtomicWriter(Mover mover) {
    this.mover = mover;
  }

  public static AtomicWriter standard() {
    return new AtomicWriter(Mover.atomic());
  }

  /** What goes into a file, streamed. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public void write(Path target, byte[] bytes) throws IOException {
    try (Staged staged = stage(target, out -> out.write(bytes))) {
      staged.commit();
    }
  }

  /**
   * Streams the content into a temporary file beside the target and forces it to disk, without
   * touching the target yet: several files can be staged, then all committed once every one is
   * written. If the content fails, the temporary file is removed and the failure passed on.
   */
  public Staged stage(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
    Staged staged = new Staged(absolute, temporary);
    try {
      try (FileChannel ch = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), BUFFER);
        content.writeTo(out);
        out.flush();
        ch.force(true);
      }
      keepPermissions(absolute, temporary);
      return staged;
    } catch (IOException | RuntimeException | Error e) {
      staged.close();
      throw e;
    }
  }

  /** A finished temporary file: {@link #commit()} puts it in place; closing removes it if it is still there. */
  public final class Staged implements AutoCloseable {
    private final Path target;
    private final Path temporary;

    private Staged(Path target, Path temporary) {
      this.target = target;
      this.temporary = temporary;
    }

    public void commit() throws IOException {
      mover.move(temporary, target);
    }

    @Override
    public void close() throws IOException {
      Files.deleteIfExists(temporary);
    }
  }

  /** A temporary file is created readable by its owner only; the target keeps the mode it had. */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    if (!Files.exists(target)) {
      if (Files.getFileAttributeView(temporary, PosixFileAttributeView.class) != null) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
      }
      return;
    }
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (view != null) {
      Files.setPosixFilePermissions(temporary, view.readAttributes().permissions());
    }
  }
}
