package io.github.anthology.io.papers.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.io.edit.AtomicWriter;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.source.SourceSpan;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Indexes a snapshot in one streaming pass: each record is read, reduced to its compact form and
 * written out at once; only its position and the hash of its id stay in memory (12 bytes a
 * record), and the table is made of those at the end. Memory is bounded by the number of records,
 * not by the size of the file. The index is written atomically.
 */
final class IndexBuilder {
  /** Snapshot lines are trusted to be plain JSON; no duplicate-key bookkeeping per record. */
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final String name;
  private long[] positions = new long[1 << 16];
  private int[] hashes = new int[1 << 16];
  private int count;

  private IndexBuilder(String name) {
    this.name = name;
  }

  static void build(Path snapshot, Path index) throws ReadException {
    String name = SourceFiles.display(snapshot);
    IndexBuilder builder = new IndexBuilder(name);
    try {
      long size = Files.size(snapshot);
      long modified = Files.getLastModifiedTime(snapshot).toMillis();
      Path parent = index.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      try (AtomicWriter.Staged staged = AtomicWriter.standard().stage(index,
          out -> builder.write(snapshot, new DataOutputStream(out), size, modified))) {
        staged.commit();
      }
    } catch (Failed e) {
      throw e.problem;
    } catch (IOException e) {
      throw SourceFiles.cannotRead(name, e);
    }
  }

  private void write(Path snapshot, DataOutputStream out, long size, long modified) throws IOException {
    out.writeLong(IndexLayout.MAGIC);
    long position = Long.BYTES;
    RecordCodec codec = new RecordCodec();
    try (InputStream in = Files.newInputStream(snapshot); JsonParser p = JSON.createParser(in)) {
      for (JsonToken t = next(p); t != null; t = next(p)) {
        int line = p.currentTokenLocation().getLineNr();
        Optional<PaperMetadata> record = read(p, line);
        if (record.isPresent()) {
          byte[] bytes = codec.encode(record.get());
          out.write(bytes);
          add(position, record.get().id().hashCode());
          position += bytes.length;
        }
      }
    }
    int capacity = IndexLayout.capacity(count);
    writeTable(out, capacity);
    out.writeLong(size);
    out.writeLong(modified);
    out.writeLong(count);
    out.writeLong(position);
    out.writeLong(capacity);
    out.writeLong(IndexLayout.MAGIC);
    out.flush();
  }

  private JsonToken next(JsonParser p) throws IOException {
    try {
      return p.nextToken();
    } catch (JsonProcessingException e) {
      throw new Failed(new ReadException(at(e.getLocation().getLineNr(), e.getLocation().getColumnNr()),
          e.getOriginalMessage()));
    }
  }

  private Optional<PaperMetadata> read(JsonParser p, int line) throws IOException {
    try {
      return SnapshotRecords.read(p);
    } catch (SnapshotRecords.BadRecord e) {
      throw new Failed(new ReadException(at(line, 1), e.getMessage()));
    } catch (JsonProcessingException e) {
      throw new Failed(new ReadException(at(e.getLocation().getLineNr(), e.getLocation().getColumnNr()),
          e.getOriginalMessage()));
    }
  }

  private void add(long position, int hash) {
    if (count == positions.length) {
      positions = Arrays.copyOf(positions, count * 2);
      hashes = Arrays.copyOf(hashes, count * 2);
    }
    positions[count] = position;
    hashes[count++] = hash;
  }

  /** The table in slot order; slots are filled as {@link IndexLayout#slot} would find them. */
  private void writeTable(OutputStream out, int capacity) throws IOException {
    long[] table = new long[capacity];
    for (int i = 0; i < count; i++) {
      int slot = IndexLayout.slot(hashes[i], capacity);
      while (table[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      table[slot] = positions[i] + 1;
    }
    positions = null;
    hashes = null;
    DataOutputStream data = new DataOutputStream(out);
    for (long entry : table) {
      data.writeLong(entry);
    }
  }

  private SourceSpan at(int line, int column) {
    return new SourceSpan(name, line, column, line, column, -1, -1);
  }

  /** A problem with the snapshot, carried out of the writer as the failure of the staged file. */
  private static final class Failed extends UncheckedIOException {
    private static final long serialVersionUID = 1L;
    private final transient ReadException problem;

    Failed(ReadException problem) {
      super(new IOException(problem.getMessage()));
      this.problem = problem;
    }
  }
}
