package io.github.anthology.io.edit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * Writes files so that a reader sees either the old content or the new, never half of it, and no
 * concurrent writer's update is lost. The bytes go to a temporary file beside the real target
 * (through a symbolic link), are forced to disk and given the target's mode, owner and group; then,
 * under a lock on the target, the target is checked to hold what was read and the temporary file
 * takes its place. Several files commit as one (see {@link FileCommit}); what a killed run left
 * is completed or removed by the next ({@link Recovery}). If anything fails before the commit the
 * targets are left as they were and the temporary files are removed.
 */
public final class AtomicWriter {
  private static final int BUFFER = 64 * 1024;
  private final Mover mover;
  private final Duration patience;

  public AtomicWriter(Mover mover) {
    this(mover, Recovery.PATIENCE);
  }

  AtomicWriter(Mover mover, Duration patience) {
    this.mover = mover;
    this.patience = patience;
  }

  public static AtomicWriter standard() {
    return new AtomicWriter(Mover.atomic());
  }

  /** What goes into a file, streamed. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Replaces (or creates) one file, whatever it holds now. */
  public void write(Path target, byte[] bytes) throws IOException {
    try (Staged staged = stage(target, out -> out.write(bytes))) {
      staged.commit();
    }
  }

  /** Stages a file that must still hold {@code expected} (its text as read) when committed. */
  public Staged stage(Path target, Content content, String expected) throws IOException {
    return stage(target, content, Optional.of(expected));
  }

  /**
   * Streams the content into a temporary file beside the target and forces it to disk, without
   * touching the target yet: several files can be staged, then all committed with
   * {@link #commitAll} once every one is written. If the content fails, the temporary file is
   * removed and the failure passed on.
   */
  public Staged stage(Path target, Content content) throws IOException {
    return stage(target, content, Optional.empty());
  }

  private Staged stage(Path path, Content content, Optional<String> expected) throws IOException {
    WriteTarget target = WriteTarget.of(path);
    Path dir = target.real().getParent();
    Recovery.settleDirectory(dir);
    Temporaries.Handle handle = Temporaries.create(dir, target.real().getFileName().toString());
    try {
      CRC32C crc = new CRC32C();
      OutputStream raw = new KeptOpen(Channels.newOutputStream(handle.channel()));
      try (OutputStream out = new CheckedOutputStream(new BufferedOutputStream(raw, BUFFER), crc)) {
        content.writeTo(out);
      }
      handle.channel().force(true);
      boolean dressed = target.dress(handle.path());
      String digest = Durability.digest(crc.getValue(), handle.channel().size());
      return new Staged(target, handle, digest, target.inPlace() || !dressed, expected);
    } catch (IOException | RuntimeException | Error e) {
      handle.discard();
      throw e;
    }
  }

  /** Commits staged files as one unit: all take their place, or (before the first) none. */
  public List<Path> commitAll(List<Staged> staged) throws IOException {
    return FileCommit.commit(staged, mover, patience);
  }

  /** A finished temporary file: {@link #commit()} puts it in place; closing removes it if it is still there. */
  public final class Staged implements AutoCloseable {
    private final WriteTarget target;
    private final Temporaries.Handle handle;
    private final String digest;
    private final boolean inPlace;
    private final Optional<String> expected;
    private boolean placed;

    private Staged(WriteTarget target, Temporaries.Handle handle, String digest, boolean inPlace,
        Optional<String> expected) {
      this.target = target;
      this.handle = handle;
      this.digest = digest;
      this.inPlace = inPlace;
      this.expected = expected;
    }

    public void commit() throws IOException {
      commitAll(List.of(this));
    }

    WriteTarget target() {
      return target;
    }

    Temporaries.Handle handle() {
      return handle;
    }

    String digest() {
      return digest;
    }

    boolean inPlace() {
      return inPlace;
    }

    Optional<String> expected() {
      return expected;
    }

    void placed() {
      placed = true;
    }

    /** The staged bytes, read through the file's own locked channel. */
    byte[] readBack() throws IOException {
      long size = handle.channel().size();
      ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(size));
      handle.channel().position(0);
      while (buffer.hasRemaining() && handle.channel().read(buffer) >= 0) {
        // keep reading
      }
      return buffer.array();
    }

    @Override
    public void close() throws IOException {
      if (placed) {
        handle.release();
      } else if (handle.channel().isOpen()) {
        handle.discard();
      }
    }
  }
}
