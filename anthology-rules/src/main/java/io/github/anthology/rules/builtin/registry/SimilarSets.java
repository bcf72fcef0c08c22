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
 * words are probed. Candidates are pruned by position (Xiao et al., "PPJoin": the words still to
 * come cannot make up the overlap needed) and the rest verified exactly. The result is exact (no
 * pair is missed), and the work grows with the sizes of the rare words' postings rather than with
 * the number of pairs. Where every match needs two shared words, {@link PairSignatures} groups
 * by word pairs instead, since single common words' postings grow with the registry.
 */
final class SimilarSets {
  static final double EPSILON = 1e-9;

  private SimilarSets() {}

  /** Two sets, by index into the input, with {@code first < second}, and their similarity. */
  record Match(int first, int second, double similarity) {}

  static List<Match> find(List<Set<String>> sets, double threshold) {
    int[][] ranked = rank(sets);
    List<Match> byWordPairs = byWordPairs(ranked, threshold);
    if (byWordPairs != null) {
      return byWordPairs;
    }
    Integer[] order = new Integer[sets.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> ranked[i].length).thenComparingInt(i -> i));

    Map<Integer, List<int[]>> postings = new HashMap<>();
    List<Match> matches = new ArrayList<>();
    int[] overlap = new int[sets.size()];
    List<Integer> touched = new ArrayList<>();
    for (int x : order) {
      int n = ranked[x].length;
      if (n == 0) {
        continue;
      }
      int minSize = (int) Math.ceil(threshold * n - EPSILON);
      int prefix = n - minSize + 1;
      for (int i = 0; i < prefix; i++) {
        for (int[] entry : postings.getOrDefault(ranked[x][i], List.of())) {
          int y = entry[0];
          int m = ranked[y].length;
          if (m < minSize || overlap[y] < 0) {
            continue;
          }
          int needed = (int) Math.ceil(threshold / (1 + threshold) * (n + m) - EPSILON);
          if (overlap[y] == 0) {
            touched.add(y);
          }
          if (overlap[y] + 1 + Math.min(n - i - 1, m - entry[1] - 1) >= needed) {
            overlap[y]++;
          } else {
            overlap[y] = -1;
          }
        }
      }
      for (int y : touched) {
        if (overlap[y] > 0) {
          double similarity = jaccard(ranked[x], ranked[y]);
          if (similarity >= threshold - EPSILON) {
            matches.add(new Match(Math.min(x, y), Math.max(x, y), similarity));
          }
        }
        overlap[y] = 0;
      }
      touched.clear();
      for (int i = 0; i < prefix; i++) {
        postings.computeIfAbsent(ranked[x][i], w -> new ArrayList<>()).add(new int[] {x, i});
      }
    }
    matches.sort(Comparator.comparingInt(Match::first).thenComparingInt(Match::second));
    return matches;
  }

  /**
   * The matches through {@link PairSignatures}, when every set needs two shared words to match
   * (a threshold of about one half or more); null when one shared word can suffice.
   */
  private static List<Match> byWordPairs(int[][] ranked, double threshold) {
    int[] minOverlap = new int[ranked.length];
    int vocabulary = 0;
    for (int i = 0; i < ranked.length; i++) {
      minOverlap[i] = minOverlap(ranked[i].length, threshold);
      if (ranked[i].length > 0 && minOverlap[i] < 2) {
        return null;
      }
      for (int r : ranked[i]) {
        vocabulary = Math.max(vocabulary, r + 1);
      }
    }
    List<Match> found = PairSignatures.find(ranked, vocabulary, threshold, minOverlap);
    if (found != null) {
      found.sort(Comparator.comparingInt(Match::first).thenComparingInt(Match::second));
    }
    return found;
  }

  /**
   * The fewest words a set of {@code n} words shares with any set it can match: a partner has at
   * least {@code t*n} words, and {@code |A∩B| >= t/(1+t) * (|A|+|B|)}.
   */
  static int minOverlap(int n, double t) {
    int partner = (int) Math.ceil(t * n - EPSILON);
    return (int) Math.ceil(t / (1 + t) * (n + partner) - 1e-6);
  }

  /** Each set as the sorted ranks of its words, rarest word first (ties by the word itself). */
  private static int[][] rank(List<Set<String>> sets) {
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
    for (int i = 0; i < sets.size(); i++) {
      ranked[i] = sets.get(i).stream().mapToInt(rank::get).sorted().toArray();
    }
    return ranked;
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
