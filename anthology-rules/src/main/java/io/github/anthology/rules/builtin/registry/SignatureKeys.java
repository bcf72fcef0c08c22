package io.github.anthology.rules.builtin.registry;

import java.util.Arrays;

/**
 * The keys of {@link WordSignatures}, each one long: a signature's group (a hash), whether the
 * set stops at that signature or only passes through it on the way to a longer one, and the
 * set's index. Sorted, a group's keys lie together, those passing through first. To bound memory
 * the keys of one join can be made in several passes, each keeping the groups of its share.
 */
final class SignatureKeys {
  /** The most keys held at once: 128 MiB, twice over while sorting. */
  static final int MOST = 1 << 24;

  private final int idBits;
  private final int pass;
  private final int passes;
  private long[] keys = new long[1024];
  private int count;
  private long made;

  /** Keys for {@code sets} sets in pass {@code pass} of {@code passes}; 0 passes only counts. */
  SignatureKeys(int sets, int pass, int passes) {
    this.idBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, sets - 1)));
    this.pass = pass;
    this.passes = passes;
  }

  /** Adds the key of {@code set} for the signature hashed as {@code hash}. */
  void add(long hash, int set, boolean stops) {
    long group = group(hash);
    made++;
    if (passes == 0 || passes > 1 && Long.remainderUnsigned(group, passes) != pass || overflowed()) {
      return;
    }
    if (count == keys.length) {
      keys = Arrays.copyOf(keys, Math.min(count * 2, MOST + 1));
    }
    keys[count++] = group << (idBits + 1) | (stops ? 1L << idBits : 0) | set;
  }

  /** Whether a single pass made more keys than it may hold. */
  boolean overflowed() {
    return passes == 1 && count > MOST;
  }

  /** How many keys were made, kept or not. */
  long made() {
    return made;
  }

  void sort() {
    keys = KeySort.sort(keys, count);
  }

  int count() {
    return count;
  }

  /** The group of a signature's hash, in the bits a key leaves beside the flag and the index. */
  long group(long hash) {
    long h = (hash ^ (hash >>> 33)) * 0xFF51AFD7ED558CCDL;
    h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return (h ^ (h >>> 33)) >>> (idBits + 1);
  }

  long groupAt(int i) {
    return keys[i] >>> (idBits + 1);
  }

  boolean stopsAt(int i) {
    return (keys[i] >>> idBits & 1) != 0;
  }

  int setAt(int i) {
    return (int) (keys[i] & ((1L << idBits) - 1));
  }
}
