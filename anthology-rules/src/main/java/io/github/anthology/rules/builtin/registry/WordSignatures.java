package io.github.anthology.rules.builtin.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate step of {@link SimilarSets} when every set needs at least two shared words. Two
 * sets that share at least {@code a} words have their {@code j}-th rarest shared word among the
 * first {@code n - a + j} words of each (rarest first). The signature of a pair is the shortest
 * run of its rarest shared words that is rare as a whole (see {@link #RARE}) or as long as the
 * pair's {@link #longest}. Each set makes the key of every run its words allow, stopping where a
 * run is rare or long enough, so a pair is verified in the group of its signature only, and no
 * match is missed. A run of common words grows until it is rare, so groups stay small as the
 * registry grows, where the groups of single words, or of any fixed number of words, grow with it.
 */
final class WordSignatures {
  /** The longest signature: four words together are rare even when each is common. */
  static final int LONGEST = 4;
  /**
   * A run of words is rare when fewer sets than this are expected to hold all its words: for one
   * word, the sets that hold it; for more, the registry's size times the share of each word. A
   * higher bound makes fewer keys and larger groups, whose pairs {@link WordMasks} mostly dismiss.
   */
  static final double RARE = 16;
  private static final long SEED = 0x2545F4914F6CDD1DL;

  private final WordSets sets;
  private final double rare;
  private final int[] firstEqual;
  private final int[] minOverlap;
  private final double[] share;
  /** The most words a set that stops at a length can match: who must pass through there. */
  private final int[] passingUpTo = new int[LONGEST + 1];
  private final WordMasks masks;
  private long[] groupMasks = new long[64];

  private WordSignatures(WordSets sets, int[] firstEqual, int[] minOverlap, double threshold, double rare) {
    this.sets = sets;
    this.rare = rare;
    this.firstEqual = firstEqual;
    this.minOverlap = minOverlap;
    this.masks = new WordMasks(sets);
    this.share = new double[sets.vocabulary()];
    for (int r = 0; r < share.length; r++) {
      share[r] = (double) sets.frequency(r) / sets.size();
    }
    for (int x = 0; x < sets.size(); x++) {
      if (joined(x)) {
        int most = (int) Math.floor(sets.length(x) / threshold + SimilarSets.EPSILON);
        passingUpTo[longest(x)] = Math.max(passingUpTo[longest(x)], most);
      }
    }
  }

  /** Every match between sets that are the first of their words, unsorted, rarely repeated. */
  static List<SimilarSets.Match> find(WordSets sets, int[] firstEqual, double threshold, int[] minOverlap,
      double rare) {
    WordSignatures signatures = new WordSignatures(sets, firstEqual, minOverlap, threshold, rare);
    List<SimilarSets.Match> matches = new ArrayList<>();
    SignatureKeys keys = signatures.keys(0, 1);
    if (!keys.overflowed()) {
      signatures.verify(keys, threshold, matches);
      return matches;
    }
    int passes = (int) (signatures.keys(0, 0).made() / SignatureKeys.MOST + 1);
    for (int pass = 0; pass < passes; pass++) {
      signatures.verify(signatures.keys(pass, passes), threshold, matches);
    }
    return matches;
  }

  private SignatureKeys keys(int pass, int passes) {
    SignatureKeys keys = new SignatureKeys(sets.size(), pass, passes);
    for (int x = 0; x < sets.size() && !keys.overflowed(); x++) {
      if (joined(x)) {
        visit(keys, x, 0, -1, SEED, sets.size());
      }
    }
    return keys;
  }

  /** Makes the keys of the runs of set x that extend one of {@code length} words. */
  private void visit(SignatureKeys keys, int x, int length, int last, long hash, double expected) {
    if (length >= 1) {
      boolean stops = expected < rare || length == longest(x);
      if (stops || sets.length(x) <= passingUpTo[length]) {
        keys.add(hash, x, stops);
      }
      if (stops) {
        return;
      }
    }
    int limit = Math.min(sets.length(x) - 1, sets.length(x) - minOverlap[x] + length);
    for (int i = last + 1; i <= limit; i++) {
      int w = sets.word(sets.start(x) + i);
      visit(keys, x, length + 1, i, mix(hash, w), expected * share[w]);
    }
  }

  private void verify(SignatureKeys keys, double threshold, List<SimilarSets.Match> matches) {
    keys.sort();
    for (int start = 0; start < keys.count(); ) {
      long group = keys.groupAt(start);
      int end = start + 1;
      while (end < keys.count() && keys.groupAt(end) == group) {
        end++;
      }
      if (end - start > groupMasks.length) {
        groupMasks = new long[Math.max(end - start, groupMasks.length * 2)];
      }
      for (int k = start; k < end && end - start > 1; k++) {
        groupMasks[k - start] = masks.of(keys.setAt(k));
      }
      for (int b = start; b < end; b++) {
        for (int a = start; a < b && keys.stopsAt(b); a++) {
          int x = keys.setAt(a);
          int y = keys.setAt(b);
          if (WordMasks.mayMatch(groupMasks[a - start], groupMasks[b - start], threshold)
              && x != y && keys.group(signature(x, y)) == group) {
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

  /** The hash of the signature of sets x and y, or 0 when they cannot match. */
  private long signature(int x, int y) {
    int longest = Math.min(longest(x), longest(y));
    int i = sets.start(x);
    int j = sets.start(y);
    int length = 0;
    long hash = SEED;
    double expected = sets.size();
    while (i < sets.end(x) && j < sets.end(y)) {
      int a = sets.word(i);
      int b = sets.word(j);
      if (a == b) {
        if (i - sets.start(x) > sets.length(x) - minOverlap[x] + length
            || j - sets.start(y) > sets.length(y) - minOverlap[y] + length) {
          return 0;
        }
        length++;
        hash = mix(hash, a);
        expected *= share[a];
        if (length >= 1 && (expected < rare || length == longest)) {
          return hash;
        }
      }
      i += a <= b ? 1 : 0;
      j += b <= a ? 1 : 0;
    }
    return 0;
  }

  private boolean joined(int x) {
    return firstEqual[x] == x && sets.length(x) > 0;
  }

  private int longest(int x) {
    return Math.min(LONGEST, minOverlap[x]);
  }

  private static long mix(long hash, int word) {
    long h = (hash + word + 1) * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }
}
