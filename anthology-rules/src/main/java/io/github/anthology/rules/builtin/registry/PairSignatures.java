package io.github.anthology.rules.builtin.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The candidate step of {@link SimilarSets} when every set needs at least two shared words: each
 * set contributes the word pairs of its prefix, and two sets are verified only in the group of
 * the pair of their two rarest shared words. If two sets share at least {@code a} words, their two
 * rarest shared words both stand among the first {@code n - a + 2} words of each (rarest first),
 * so no match is missed; and a pair of words is rare even when both words are common, so the
 * groups stay small where single-word postings grow with the registry.
 */
final class PairSignatures {
  private PairSignatures() {}

  /** Null when the sizes do not fit in packed keys; otherwise every match, unsorted. */
  static List<SimilarSets.Match> find(int[][] ranked, int vocabulary, double threshold, int[] minOverlap) {
    int rankBits = bits(vocabulary);
    int idBits = bits(ranked.length);
    if (2 * rankBits + idBits > 63) {
      return null;
    }
    int[] prefix = new int[ranked.length];
    long total = 0;
    for (int x = 0; x < ranked.length; x++) {
      int n = ranked[x].length;
      prefix[x] = n == 0 ? 0 : Math.min(n, n - minOverlap[x] + 2);
      total += (long) prefix[x] * (prefix[x] - 1) / 2;
    }
    if (total > Integer.MAX_VALUE - 8) {
      return null;
    }
    long[] keys = new long[(int) total];
    int k = 0;
    for (int x = 0; x < ranked.length; x++) {
      for (int i = 0; i < prefix[x]; i++) {
        for (int j = i + 1; j < prefix[x]; j++) {
          keys[k++] = ((long) ranked[x][i] << (rankBits + idBits)) | ((long) ranked[x][j] << idBits) | x;
        }
      }
    }
    Arrays.sort(keys);
    long idMask = (1L << idBits) - 1;
    List<SimilarSets.Match> matches = new ArrayList<>();
    for (int start = 0; start < keys.length; ) {
      long signature = keys[start] >>> idBits;
      int end = start + 1;
      while (end < keys.length && keys[end] >>> idBits == signature) {
        end++;
      }
      for (int a = start; a < end; a++) {
        int x = (int) (keys[a] & idMask);
        for (int b = a + 1; b < end; b++) {
          int y = (int) (keys[b] & idMask);
          if (firstSharedPair(ranked[x], prefix[x], ranked[y], prefix[y], rankBits) == signature) {
            double similarity = SimilarSets.jaccard(ranked[x], ranked[y]);
            if (similarity >= threshold - SimilarSets.EPSILON) {
              matches.add(new SimilarSets.Match(x, y, similarity));
            }
          }
        }
      }
      start = end;
    }
    return matches;
  }

  /** The signature of the two rarest words both prefixes hold, or -1 when they share fewer. */
  private static long firstSharedPair(int[] x, int px, int[] y, int py, int rankBits) {
    int i = 0;
    int j = 0;
    long first = -1;
    while (i < px && j < py) {
      if (x[i] == y[j]) {
        if (first < 0) {
          first = x[i];
        } else {
          return (first << rankBits) | x[i];
        }
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return -1;
  }

  private static int bits(int n) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
  }
}
