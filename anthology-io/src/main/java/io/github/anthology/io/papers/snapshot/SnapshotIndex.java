package io.github.anthology.io.papers.snapshot;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.source.SourceSpan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The compact side file of a snapshot ({@link IndexLayout}), opened for lookups by id: a lookup
 * reads a few table slots and one record, so the index is never read whole.
 */
public final class SnapshotIndex implements AutoCloseable {
  private final String name;
  private final FileChannel channel;
  private final long records;
  private final long tableOffset;
  private final int capacity;

  private SnapshotIndex(String name, FileChannel channel, long records, long tableOffset, int capacity) {
    this.name = name;
    this.channel = channel;
    this.records = records;
    this.tableOffset = tableOffset;
    this.capacity = capacity;
  }

  /** Indexes the snapshot into the side file, replacing any index there. */
  public static void build(Path snapshot, Path index) throws ReadException {
    IndexBuilder.build(snapshot, index);
  }

  /** Whether the side file exists and indexes the snapshot as it is now (same size, same modification time). */
  public static boolean isCurrent(Path snapshot, Path index) {
    try (FileChannel ch = FileChannel.open(index, StandardOpenOption.READ)) {
      ByteBuffer trailer = trailer(ch);
      return trailer != null && trailer.getLong(0) == Files.size(snapshot)
          && trailer.getLong(Long.BYTES) == Files.getLastModifiedTime(snapshot).toMillis();
    } catch (IOException e) {
      return false;
    }
  }

  public static SnapshotIndex open(Path index) throws ReadException {
    String name = SourceFiles.display(index);
    try {
      FileChannel ch = FileChannel.open(index, StandardOpenOption.READ);
      ByteBuffer trailer = trailer(ch);
      if (trailer == null) {
        ch.close();
        throw new ReadException(SourceSpan.ofFile(name), "not a snapshot index; delete it to have it rebuilt");
      }
      return new SnapshotIndex(name, ch, trailer.getLong(2 * Long.BYTES), trailer.getLong(3 * Long.BYTES),
          (int) trailer.getLong(4 * Long.BYTES));
    } catch (IOException e) {
      throw SourceFiles.cannotRead(name, e);
    }
  }

  /** How many records the index holds. */
  public long size() {
    return records;
  }

  /**
   * The record of an id. Should the snapshot hold an id twice, the later line wins, as it would
   * in a file read top to bottom: the probe goes on to the end of its run of filled slots.
   */
  public Optional<PaperMetadata> find(String id) throws ReadException {
    try {
      ByteBuffer slotBytes = ByteBuffer.allocate(Long.BYTES);
      ByteBuffer found = null;
      long foundAt = -1;
      for (int slot = IndexLayout.slot(id.hashCode(), capacity), probes = 0; probes < capacity;
          slot = (slot + 1) & (capacity - 1), probes++) {
        long entry = readFully(slotBytes.clear(), tableOffset + (long) slot * Long.BYTES).getLong(0);
        if (entry == 0) {
          break;
        }
        ByteBuffer body = record(entry - 1);
        if (entry - 1 > foundAt && RecordCodec.id(body.duplicate()).equals(id)) {
          found = body;
          foundAt = entry - 1;
        }
      }
      return found == null ? Optional.empty() : Optional.of(RecordCodec.decode(found, SnapshotRecords.SOURCE));
    } catch (IOException | RuntimeException e) {
      throw new ReadException(SourceSpan.ofFile(name), "the snapshot index is damaged (" + e.getMessage()
          + "); delete it to have it rebuilt");
    }
  }

  private ByteBuffer record(long position) throws IOException {
    int length = readFully(ByteBuffer.allocate(Integer.BYTES), position).getInt(0);
    if (length < 0 || position + Integer.BYTES + length > tableOffset) {
      throw new IOException("a record runs past the records");
    }
    return readFully(ByteBuffer.allocate(length), position + Integer.BYTES).flip();
  }

  private ByteBuffer readFully(ByteBuffer buffer, long position) throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, at);
      if (n < 0) {
        throw new IOException("the index ends early");
      }
      at += n;
    }
    return buffer;
  }

  /** The trailer's first five longs, when the file has the layout's magic at both ends. */
  private static ByteBuffer trailer(FileChannel ch) throws IOException {
    long size = ch.size();
    if (size < Long.BYTES + IndexLayout.TRAILER_BYTES) {
      return null;
    }
    ByteBuffer head = ByteBuffer.allocate(Long.BYTES);
    ByteBuffer tail = ByteBuffer.allocate(IndexLayout.TRAILER_BYTES);
    ch.read(head, 0);
    ch.read(tail, size - IndexLayout.TRAILER_BYTES);
    boolean ours = head.getLong(0) == IndexLayout.MAGIC && tail.getLong(5 * Long.BYTES) == IndexLayout.MAGIC;
    return ours ? tail : null;
  }

  @Override
  public void close() throws ReadException {
    try {
      channel.close();
    } catch (IOException e) {
      throw SourceFiles.cannotRead(name, e);
    }
  }
}
