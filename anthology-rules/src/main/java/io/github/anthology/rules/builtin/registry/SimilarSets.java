package io.github.anthology.rules.builtin.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every pair of word sets whose Jaccard similarity is at least a threshold, found by prefix
 * filtering (Chaudhuri et al., "A primitive operator for similarity joins", and Bayardo et al.,
 * "All-pairs"): words are ranked rarest first; two sets with similarity {@code >= t} must share a
 * word among the first {@code n - ceil(t*n) + 1} of each, so only the postings of those rare
 * words are probed, and every candidate is verified exactly. The result is exact (no pair is
 * missed), and the work grows with the sizes of the rare words' postings rather than with the
 * number of pairs.
 */
final class SimilarSets {
  private static final double EPSILON = 1e-9;

  private SimilarSets() {}

  /** Two sets, by index into the input, with {@code first < second}, and their similarity. */
  record Match(int first, int second, double similarity) {}

  static List<Match> find(List<Set<String>> sets, double threshold) {
    Map<String, Integer> frequency = new HashMap<>();
    for (Set<String> s : sets) {
      s.forEach(w -> frequency.merge(w, 1, Integer::sum));
    }
    List<String> vocabulary = new ArrayList<>(frequency.keySet());
    vocabulary.sort(Comparator.comparing((String w) -> frequency.get(w)).thenComparing(w -> w));
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      rank.put(vocabulary.get(i), i);
    }
    int[][] ranked = new int[sets.size()][];
    Integer[] order = new Integer[sets.size()];
    for (int i = 0; i < sets.size(); i++) {
      ranked[i] = sets.get(i).stream().mapToInt(rank::get).sorted().toArray();
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> ranked[i].length).thenComparingInt(i -> i));

    Map<Integer, List<Integer>> postings = new HashMap<>();
    List<Match> matches = new ArrayList<>();
    int[] seenBy = new int[sets.size()];
    Arrays.fill(seenBy, -1);
    for (int x : order) {
      int n = ranked[x].length;
      if (n == 0) {
        continue;
      }
      int minSize = (int) Math.ceil(threshold * n - EPSILON);
      int prefix = n - minSize + 1;
      for (int k = 0; k < prefix; k++) {
        for (int y : postings.getOrDefault(ranked[x][k], List.of())) {
          if (seenBy[y] != x && ranked[y].length >= minSize) {
            seenBy[y] = x;
            double similarity = jaccard(ranked[x], ranked[y]);
            if (similarity >= threshold - EPSILON) {
              matches.add(new Match(Math.min(x, y), Math.max(x, y), similarity));
            }
          }
        }
      }
      for (int k = 0; k < prefix; k++) {
        postings.computeIfAbsent(ranked[x][k], w -> new ArrayList<>()).add(x);
      }
    }
    matches.sort(Comparator.comparingInt(Match::first).thenComparingInt(Match::second));
    return matches;
  }

  /** Jaccard similarity of two sorted arrays of distinct ranks. */
  static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) shared / (a.length + b.length - shared);
  }
}
