package io.github.anthology.rules.builtin.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The candidate step of {@link SimilarSets} when every set needs at least {@code k} (2 or 3)
 * shared words: if two sets share at least {@code a >= k} words, their {@code k} rarest shared
 * words all stand among the first {@code n - a + k} words of each (rarest first). So each set
 * gives a signature (a hash) for every {@code k} of its first {@code n - a + k} words; the keys
 * (signature and set) are sorted, and two sets are verified only in the group of the signature
 * of their {@code k} rarest shared words, which no match misses and no pair is verified twice in.
 * Three words together are rare even when each is common, so groups stay small as the registry
 * grows, where groups of single words, or of pairs of common words, grow with it. Keys are made
 * in passes of at most {@link #PASS} (a share of the signatures each) to bound memory.
 */
final class SubsetSignatures {
  static final int PASS = 1 << 24;

  private SubsetSignatures() {}

  /** Every match between sets that are the first of their words, unsorted. */
  static List<SimilarSets.Match> find(WordSets sets, int[] firstEqual, int k, double threshold,
      int[] minOverlap) {
    int idBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, sets.size() - 1)));
    int[] prefix = new int[sets.size()];
    long total = 0;
    for (int x = 0; x < sets.size(); x++) {
      int n = sets.length(x);
      prefix[x] = n == 0 || firstEqual[x] != x ? 0 : Math.min(n, n - minOverlap[x] + k);
      total += k == 2 ? (long) prefix[x] * (prefix[x] - 1) / 2
          : (long) prefix[x] * (prefix[x] - 1) * (prefix[x] - 2) / 6;
    }
    int passes = (int) Math.max(1, (total + PASS - 1) / PASS);
    Keys keys = new Keys((int) Math.min(total * 5 / 4 / passes + 64, Math.max(16, total)), idBits, passes);
    List<SimilarSets.Match> matches = new ArrayList<>();
    for (keys.pass = 0; keys.pass < passes; keys.pass++) {
      keys.count = 0;
      for (int x = 0; x < sets.size(); x++) {
        int end = sets.start(x) + prefix[x];
        for (int i = sets.start(x); i < end; i++) {
          for (int j = i + 1; j < end; j++) {
            if (k == 2) {
              keys.add(group(sets.word(i), sets.word(j), -1, idBits), x);
            }
            for (int l = j + 1; k == 3 && l < end; l++) {
              keys.add(group(sets.word(i), sets.word(j), sets.word(l), idBits), x);
            }
          }
        }
      }
      verifyGroups(sets, prefix, k, threshold, keys.keys, keys.count, idBits, matches);
    }
    return matches;
  }

  /** The keys of one pass: a group's hash above the set's index. */
  private static final class Keys {
    long[] keys;
    int count;
    int pass;
    final int idBits;
    final int passes;

    Keys(int capacity, int idBits, int passes) {
      this.keys = new long[capacity];
      this.idBits = idBits;
      this.passes = passes;
    }

    void add(long group, int set) {
      if (passes == 1 || Long.remainderUnsigned(group, passes) == pass) {
        keys = count == keys.length ? Arrays.copyOf(keys, count * 2) : keys;
        keys[count++] = (group << idBits) | set;
      }
    }
  }

  private static void verifyGroups(WordSets sets, int[] prefix, int k, double threshold, long[] keys,
      int count, int idBits, List<SimilarSets.Match> matches) {
    Arrays.sort(keys, 0, count);
    long idMask = (1L << idBits) - 1;
    for (int start = 0; start < count; ) {
      long group = keys[start] >>> idBits;
      int end = start + 1;
      while (end < count && keys[end] >>> idBits == group) {
        end++;
      }
      for (int a = start; a < end; a++) {
        int x = (int) (keys[a] & idMask);
        for (int b = a + 1; b < end; b++) {
          int y = (int) (keys[b] & idMask);
          if (rarestShared(sets, x, prefix[x], y, prefix[y], k, idBits) == group) {
            SimilarSets.Match m = SimilarSets.match(sets, x, y, threshold);
            if (m != null) {
              matches.add(m);
            }
          }
        }
      }
      start = end;
    }
  }

  /** The group of the k rarest words both prefixes hold, or -1 when they share fewer. */
  private static long rarestShared(WordSets sets, int x, int px, int y, int py, int k, int idBits) {
    int[] found = {-1, -1, -1};
    int shared = 0;
    int i = sets.start(x);
    int j = sets.start(y);
    while (i < sets.start(x) + px && j < sets.start(y) + py) {
      int a = sets.word(i);
      int b = sets.word(j);
      if (a == b) {
        found[shared++] = a;
        if (shared == k) {
          return group(found[0], found[1], found[2], idBits);
        }
      }
      i += a <= b ? 1 : 0;
      j += b <= a ? 1 : 0;
    }
    return -1;
  }

  /**
   * The group of two or three ranks ({@code c} is -1 for two): a hash of them in the bits a key
   * leaves beside the set's index.
   */
  static long group(int a, int b, int c, int idBits) {
    long h = (a * 0x9E3779B97F4A7C15L) ^ (b * 0xC2B2AE3D27D4EB4FL) ^ ((c + 1L) * 0x165667B19E3779F9L);
    h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
    h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return (h ^ (h >>> 33)) >>> idBits;
  }
}
