package io.github.anthology.rules.builtin.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every pair of word sets whose Jaccard similarity is at least a threshold. Equal sets are
 * grouped first ({@link WordSets#firstEqual}), and only the first of each group is joined, so
 * copies cost one step each. The join is exact prefix filtering (Chaudhuri et al., "A primitive
 * operator for similarity joins"; Bayardo et al., "All-pairs"): words are ranked rarest first, and
 * two sets with similarity {@code >= t} share at least {@link #minOverlap} words, the rarest of
 * which stand near the front of each. Where every match needs two or more shared words,
 * {@link WordSignatures} groups sets by runs of the rarest words they share; otherwise
 * {@link PrefixJoin} probes single-word postings.
 */
final class SimilarSets {
  static final double EPSILON = 1e-9;

  private SimilarSets() {}

  /** Two sets, by index into the input, with {@code first < second}, and their similarity. */
  record Match(int first, int second, double similarity) {}

  /**
   * The matches between sets that are the first of their words ({@code firstEqual[i] == i}),
   * sorted; any other set equals (similarity 1) the set {@code firstEqual} names, and matches
   * what that set matches.
   */
  record Result(List<Match> matches, int[] firstEqual) {}

  static Result find(WordSets sets, double threshold) {
    return find(sets, threshold, WordSignatures.RARE);
  }

  /** With the bound below which a run of words is rare: any bound finds the same matches. */
  static Result find(WordSets sets, double threshold, double rare) {
    WordSets ranked = sets.rankedByFrequency();
    int[] firstEqual = ranked.firstEqual();
    int[] minOverlap = minOverlaps(ranked, threshold);
    int fewest = fewest(ranked, firstEqual, minOverlap);
    List<Match> found = fewest >= 2
        ? WordSignatures.find(ranked, firstEqual, threshold, minOverlap, rare)
        : PrefixJoin.find(ranked, firstEqual, threshold);
    found.sort(Comparator.comparingInt(Match::first).thenComparingInt(Match::second));
    List<Match> matches = new ArrayList<>(found.size());
    for (Match m : found) {
      if (matches.isEmpty() || !matches.get(matches.size() - 1).equals(m)) {
        matches.add(m);
      }
    }
    return new Result(matches, firstEqual);
  }

  /**
   * {@link #minOverlap} of every set. This loop and the next are methods of their own so that the
   * compiler, which compiles a long loop while it runs, compiles the loop alone and not the whole
   * join after it.
   */
  private static int[] minOverlaps(WordSets sets, double threshold) {
    int[] minOverlap = new int[sets.size()];
    for (int x = 0; x < sets.size(); x++) {
      minOverlap[x] = minOverlap(sets.length(x), threshold);
    }
    return minOverlap;
  }

  /** The least {@code minOverlap} among the sets that are joined (the first of their words, not empty). */
  private static int fewest(WordSets sets, int[] firstEqual, int[] minOverlap) {
    int fewest = Integer.MAX_VALUE;
    for (int x = 0; x < sets.size(); x++) {
      if (firstEqual[x] == x && sets.length(x) > 0) {
        fewest = Math.min(fewest, minOverlap[x]);
      }
    }
    return fewest;
  }

  /**
   * The fewest words a set of {@code n} words shares with any set it can match: a partner has at
   * least {@code t*n} words, and {@code |A∩B| >= t/(1+t) * (|A|+|B|)}.
   */
  static int minOverlap(int n, double t) {
    int partner = (int) Math.ceil(t * n - EPSILON);
    return (int) Math.ceil(t / (1 + t) * (n + partner) - 1e-6);
  }

  /** The match of sets {@code x} and {@code y}, or null when their similarity is below t. */
  static Match match(WordSets sets, int x, int y, double threshold) {
    int i = sets.start(x);
    int j = sets.start(y);
    int shared = 0;
    while (i < sets.end(x) && j < sets.end(y)) {
      int a = sets.word(i);
      int b = sets.word(j);
      shared += a == b ? 1 : 0;
      i += a <= b ? 1 : 0;
      j += b <= a ? 1 : 0;
    }
    double similarity = (double) shared / (sets.length(x) + sets.length(y) - shared);
    return similarity >= threshold - EPSILON ? new Match(Math.min(x, y), Math.max(x, y), similarity) : null;
  }
}
