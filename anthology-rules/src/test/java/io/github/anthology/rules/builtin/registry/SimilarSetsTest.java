package io.github.anthology.rules.builtin.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SimilarSetsTest {
  /**
   * Prefix filtering must find exactly the pairs a comparison of every pair finds: directly
   * between the first sets of their words, or through a set's equality with the first.
   */
  @Property(tries = 200)
  void findsExactlyThePairsABruteForceComparisonFinds(
      @ForAll @Size(max = 30) List<@Size(max = 6) Set<@IntRange(max = 12) Integer>> raw,
      @ForAll @DoubleRange(min = 0.2, max = 1.0) double threshold) {
    check(raw, threshold);
  }

  /** Sets of three words or more at a threshold of one half or more take the signature path. */
  @Property(tries = 200)
  void wordSignaturesFindExactlyThePairsABruteForceComparisonFinds(
      @ForAll @Size(max = 60) List<@Size(min = 3, max = 14) Set<@IntRange(max = 20) Integer>> raw,
      @ForAll @DoubleRange(min = 0.5, max = 1.0) double threshold) {
    check(raw, threshold);
  }

  /**
   * Whatever bound makes a run of words rare (never, so every run grows to its longest; always,
   * so every run stops at one word; or between), the signatures find the same pairs.
   */
  @Property(tries = 300)
  void signaturesOfAnyLengthFindExactlyThePairsABruteForceComparisonFinds(
      @ForAll @Size(max = 80) List<@Size(min = 3, max = 12) Set<@IntRange(max = 16) Integer>> raw,
      @ForAll @DoubleRange(min = 0.5, max = 1.0) double threshold,
      @ForAll("rareBounds") double rare) {
    check(raw, threshold, rare);
  }

  @Provide
  Arbitrary<Double> rareBounds() {
    return Arbitraries.of(0.0, 0.5, 2.0, 16.0, 1e9);
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
    assertThat(SimilarSets.minOverlap(n, t)).isLessThanOrEqualTo(fewest);
  }

  @Test
  void copiesOfOneSetAreEachTiedToTheFirstAndOnlyTheFirstIsJoined() {
    List<Set<Integer>> raw = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      raw.add(Set.of(1, 2, 3, 4));
    }
    raw.add(Set.of(1, 2, 3, 4, 5));
    SimilarSets.Result result = SimilarSets.find(sets(raw), 0.7);
    assertThat(result.matches()).singleElement().satisfies(m -> {
      assertThat(m.first()).isZero();
      assertThat(m.second()).isEqualTo(2000);
      assertThat(m.similarity()).isEqualTo(0.8);
    });
    assertThat(result.firstEqual()).hasSize(2001).startsWith(0, 0, 0).endsWith(0, 2000);
  }

  private static WordSets sets(List<Set<Integer>> raw) {
    WordSets sets = new WordSets();
    for (Set<Integer> s : raw) {
      sets.add(s.stream().mapToInt(Integer::intValue).toArray(), s.size());
    }
    return sets;
  }

  private static void check(List<Set<Integer>> raw, double threshold) {
    check(raw, threshold, WordSignatures.RARE);
  }

  private static void check(List<Set<Integer>> raw, double threshold, double rare) {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      for (int j = i + 1; j < raw.size(); j++) {
        Set<Integer> both = new HashSet<>(raw.get(i));
        both.retainAll(raw.get(j));
        Set<Integer> either = new HashSet<>(raw.get(i));
        either.addAll(raw.get(j));
        if (!raw.get(i).isEmpty() && !raw.get(j).isEmpty()
            && (double) both.size() / either.size() >= threshold - 1e-9) {
          expected.add(i + "-" + j);
        }
      }
    }
    SimilarSets.Result result = SimilarSets.find(sets(raw), threshold, rare);
    int[] first = result.firstEqual();
    Set<String> direct = new HashSet<>();
    result.matches().forEach(m -> direct.add(m.first() + "-" + m.second()));
    List<String> found = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      for (int j = i + 1; j < raw.size(); j++) {
        boolean equal = first[i] == first[j] && !raw.get(i).isEmpty();
        int a = Math.min(first[i], first[j]);
        int b = Math.max(first[i], first[j]);
        if (equal || direct.contains(a + "-" + b)) {
          found.add(i + "-" + j);
        }
      }
    }
    assertThat(found).containsExactlyElementsOf(expected);
    assertThat(result.matches()).allSatisfy(m -> {
      assertThat(first[m.first()]).isEqualTo(m.first());
      assertThat(first[m.second()]).isEqualTo(m.second());
    });
    assertThat(result.matches()).doesNotHaveDuplicates();
    for (int i = 0; i < raw.size(); i++) {
      assertThat(raw.get(first[i])).isEqualTo(raw.get(i));
      assertThat(first[i]).isLessThanOrEqualTo(i);
    }
  }
}
