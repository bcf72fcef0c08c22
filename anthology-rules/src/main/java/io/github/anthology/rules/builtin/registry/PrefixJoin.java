package io.github.anthology.rules.builtin.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The join of {@link SimilarSets} when one shared word can make a match (thresholds below about
 * one half): sets are visited smallest first; two sets with similarity {@code >= t} share a word
 * among the first {@code n - ceil(t*n) + 1} of each, so only the postings of those words are
 * probed. Candidates are pruned by position (Xiao et al., "PPJoin": the words still to come
 * cannot make up the overlap needed) and the rest verified exactly.
 */
final class PrefixJoin {
  private PrefixJoin() {}

  static List<SimilarSets.Match> find(WordSets sets, int[] firstEqual, double threshold) {
    Integer[] order = new Integer[sets.size()];
    int vocabulary = 0;
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      for (int at = sets.start(i); at < sets.end(i); at++) {
        vocabulary = Math.max(vocabulary, sets.word(at) + 1);
      }
    }
    Arrays.sort(order, Comparator.comparingInt(sets::length).thenComparingInt(i -> i));
    List<List<int[]>> postings = new ArrayList<>();
    for (int w = 0; w < vocabulary; w++) {
      postings.add(new ArrayList<>(0));
    }
    List<SimilarSets.Match> matches = new ArrayList<>();
    int[] overlap = new int[sets.size()];
    List<Integer> touched = new ArrayList<>();
    for (int x : order) {
      int n = sets.length(x);
      if (n == 0 || firstEqual[x] != x) {
        continue;
      }
      int minSize = (int) Math.ceil(threshold * n - SimilarSets.EPSILON);
      int prefix = n - minSize + 1;
      for (int i = 0; i < prefix; i++) {
        for (int[] entry : postings.get(sets.word(sets.start(x) + i))) {
          int y = entry[0];
          int m = sets.length(y);
          if (m < minSize || overlap[y] < 0) {
            continue;
          }
          int needed = (int) Math.ceil(threshold / (1 + threshold) * (n + m) - SimilarSets.EPSILON);
          if (overlap[y] == 0) {
            touched.add(y);
          }
          overlap[y] = overlap[y] + 1 + Math.min(n - i - 1, m - entry[1] - 1) >= needed ? overlap[y] + 1 : -1;
        }
      }
      for (int y : touched) {
        SimilarSets.Match m = overlap[y] > 0 ? SimilarSets.match(sets, x, y, threshold) : null;
        if (m != null) {
          matches.add(m);
        }
        overlap[y] = 0;
      }
      touched.clear();
      for (int i = 0; i < prefix; i++) {
        postings.get(sets.word(sets.start(x) + i)).add(new int[] {x, i});
      }
    }
    return matches;
  }
}
