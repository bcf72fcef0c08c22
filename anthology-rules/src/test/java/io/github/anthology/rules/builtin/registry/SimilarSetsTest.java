package io.github.anthology.rules.builtin.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SimilarSetsTest {
  /** Prefix filtering must find exactly the pairs that a comparison of every pair finds. */
  @Property(tries = 200)
  void findsExactlyThePairsABruteForceComparisonFinds(
      @ForAll @Size(max = 30) List<@Size(max = 6) Set<@IntRange(max = 12) Integer>> raw,
      @ForAll @DoubleRange(min = 0.2, max = 1.0) double threshold) {
    check(raw, threshold);
  }

  /** Sets of three words or more at a threshold of one half or more take the word-pair path. */
  @Property(tries = 200)
  void wordPairSignaturesFindExactlyThePairsABruteForceComparisonFinds(
      @ForAll @Size(max = 60) List<@Size(min = 3, max = 14) Set<@IntRange(max = 20) Integer>> raw,
      @ForAll @DoubleRange(min = 0.5, max = 1.0) double threshold) {
    check(raw, threshold);
  }

  @Property(tries = 100)
  void aSetNeedsTwoSharedWordsOnlyWhenItsThresholdDemandsThem(
      @ForAll @IntRange(min = 1, max = 40) int n, @ForAll @DoubleRange(min = 0.1, max = 1.0) double t) {
    int partner = (int) Math.ceil(t * n - 1e-9);
    int fewest = Integer.MAX_VALUE;
    for (int m = Math.max(1, partner); m <= (int) Math.floor(n / t + 1e-9); m++) {
      for (int shared = 0; shared <= Math.min(n, m); shared++) {
        if ((double) shared / (n + m - shared) >= t - 1e-9) {
          fewest = Math.min(fewest, shared);
          break;
        }
      }
    }
    org.assertj.core.api.Assertions.assertThat(SimilarSets.minOverlap(n, t)).isLessThanOrEqualTo(fewest);
  }

  private static void check(List<Set<Integer>> raw, double threshold) {
    List<Set<String>> sets = raw.stream().map(s -> {
      Set<String> words = new HashSet<>();
      s.forEach(i -> words.add("w" + i));
      return words;
    }).toList();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < sets.size(); i++) {
      for (int j = i + 1; j < sets.size(); j++) {
        Set<String> both = new HashSet<>(sets.get(i));
        both.retainAll(sets.get(j));
        Set<String> either = new HashSet<>(sets.get(i));
        either.addAll(sets.get(j));
        if (!either.isEmpty() && !sets.get(i).isEmpty() && !sets.get(j).isEmpty()
            && (double) both.size() / either.size() >= threshold - 1e-9) {
          expected.add(i + "-" + j);
        }
      }
    }
    assertThat(SimilarSets.find(sets, threshold).stream().map(m -> m.first() + "-" + m.second()).toList())
        .containsExactlyElementsOf(expected);
  }
}
