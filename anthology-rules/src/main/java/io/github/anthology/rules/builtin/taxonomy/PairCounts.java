package io.github.anthology.rules.builtin.taxonomy;


/**
 * Counts by non-zero {@code long} key in open addressing over two primitive arrays: the pair
 * counts of {@link Cooccurrence}, which a boxed {@code Map<Long, Integer>} made a third of the
 * overlap rule's time on a 100k-recommendation registry.
 */
final class PairCounts {
  private long[] keys = new long[1024];
  private int[] counts = new int[1024];
  private int size;

  /** What {@link #forEach} hands each key and its count to. */
  interface Visitor {
    void visit(long key, int count);
  }

  void increment(long key) {
    if (key == 0) {
      throw new IllegalArgumentException("key 0 is reserved for empty slots");
    }
    int slot = slot(keys, key);
    if (keys[slot] == 0) {
      keys[slot] = key;
      if (++size * 2 > keys.length) {
        grow();
        slot = slot(keys, key);
      }
    }
    counts[slot]++;
  }

  /** The count of a key, 0 when it was never incremented. */
  int count(long key) {
    int slot = slot(keys, key);
    return keys[slot] == key ? counts[slot] : 0;
  }

  void forEach(Visitor visitor) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        visitor.visit(keys[i], counts[i]);
      }
    }
  }

  private static int slot(long[] table, long key) {
    int mask = table.length - 1;
    int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    while (table[i] != 0 && table[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
