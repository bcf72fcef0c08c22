package io.github.anthology.io.papers.snapshot;

/**
 * The side file's layout: a magic number; the records, each its length and body; a table of
 * record positions by hash of the id (open addressing, linear probing, 0 for an empty slot,
 * position + 1 otherwise); and a fixed trailer that says which snapshot (size, modification
 * time) it indexes, how many records it holds and where the table is.
 */
final class IndexLayout {
  static final long MAGIC = 0x414E_5448_534E_5031L; // "ANTHSNP1"
  static final int TRAILER_BYTES = 6 * Long.BYTES;

  private IndexLayout() {}

  /** The table's size for n records: a power of two at least twice n, so probes stay short. */
  static int capacity(long records) {
    long want = Math.max(16, records * 2);
    if (want > (1 << 30)) {
      throw new IllegalArgumentException("too many records for one index: " + records);
    }
    return Integer.highestOneBit((int) want - 1) << 1;
  }

  /** The slot where the search for an id (by its {@link String#hashCode}) starts. */
  static int slot(int idHash, int capacity) {
    int h = idHash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (capacity - 1);
  }
}
