package io.github.anthology.io.edit;

import java.io.IOException;
import java.nio.ByteBuffer;
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
  private final Mover mover;

  public AtomicWriter(Mover mover) {
    this.mover = mover;
  }

  public static AtomicWriter standard() {
    return new AtomicWriter(Mover.atomic());
  }

  public void write(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temporary = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(true);
      }
      keepPermissions(absolute, temporary);
      mover.move(temporary, absolute);
    } finally {
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
