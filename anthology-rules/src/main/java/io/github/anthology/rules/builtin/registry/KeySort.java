package io.github.anthology.rules.builtin.registry;

import java.util.Arrays;

/**
 * Sorts many longs whose top bits are a hash (so spread evenly): one counting pass distributes
 * them by their top 16 bits, then each small bucket is sorted where it lies, in cache. Several
 * times faster than sorting the whole array at once for the tens of millions of signature keys
 * of a large registry.
 */
final class KeySort {
  private static final int BITS = 16;

  private KeySort() {}

  /** {@code keys[0, count)} sorted, in a new array or (when small) in {@code keys} itself. */
  static long[] sort(long[] keys, int count) {
    if (count < 1 << BITS) {
      Arrays.sort(keys, 0, count);
      return keys;
    }
    int[] starts = new int[(1 << BITS) + 1];
    for (int i = 0; i < count; i++) {
      starts[bucket(keys[i]) + 1]++;
    }
    for (int b = 0; b < 1 << BITS; b++) {
      starts[b + 1] += starts[b];
    }
    long[] sorted = new long[count];
    int[] next = Arrays.copyOf(starts, 1 << BITS);
    for (int i = 0; i < count; i++) {
      sorted[next[bucket(keys[i])]++] = keys[i];
    }
    for (int b = 0; b < 1 << BITS; b++) {
      Arrays.sort(sorted, starts[b], starts[b + 1]);
    }
    return sorted;
  }

  private static int bucket(long key) {
    return (int) (key >>> (64 - BITS));
  }
}
