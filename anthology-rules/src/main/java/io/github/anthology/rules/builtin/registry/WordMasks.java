package io.github.anthology.rules.builtin.registry;

/**
 * One long per set: 56 bits with a bit for each of its words (by a hash of the word) and, in the
 * top byte, how many of its words fell on a bit already taken. Two sets share no more words than
 * the bits their masks share plus the fewer of those losses, so a candidate pair whose masks
 * cannot reach the threshold is dismissed without reading the words of either set: exact, and one
 * load per set rather than a walk through both.
 */
final class WordMasks {
  private static final int BITS = 56;
  private static final long LOW = (1L << BITS) - 1;
  /** The mask of a set too large to bound by a byte of losses: it may match anything. */
  private static final long ANY = -1;

  private final long[] masks;

  WordMasks(WordSets sets) {
    masks = new long[sets.size()];
    for (int x = 0; x < sets.size(); x++) {
      long mask = 0;
      for (int i = sets.start(x); i < sets.end(x); i++) {
        mask |= 1L << ((sets.word(i) * 0x9E3779B9 >>> 8) % BITS);
      }
      long lost = sets.length(x) - Long.bitCount(mask);
      masks[x] = lost < 255 ? lost << BITS | mask : ANY;
    }
  }

  long of(int set) {
    return masks[set];
  }

  /** Whether sets with these masks may reach similarity {@code t}. */
  static boolean mayMatch(long x, long y, double t) {
    if (x == ANY || y == ANY) {
      return true;
    }
    int nx = Long.bitCount(x & LOW) + (int) (x >>> BITS);
    int ny = Long.bitCount(y & LOW) + (int) (y >>> BITS);
    int most = Long.bitCount(x & y & LOW) + (int) Math.min(x >>> BITS, y >>> BITS);
    most = Math.min(most, Math.min(nx, ny));
    return (double) most / (nx + ny - most) >= t - SimilarSets.EPSILON;
  }
}
