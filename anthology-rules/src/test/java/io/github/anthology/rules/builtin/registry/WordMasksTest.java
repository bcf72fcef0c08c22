package io.github.anthology.rules.builtin.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class WordMasksTest {
  /** Words that share a bit must never make the masks dismiss a pair that does match. */
  @Property(tries = 1000)
  void aPairTheMasksDismissIsBelowTheThreshold(
      @ForAll @Size(min = 1, max = 40) Set<@IntRange(max = 200) Integer> a,
      @ForAll @Size(min = 1, max = 40) Set<@IntRange(max = 200) Integer> b,
      @ForAll @DoubleRange(min = 0.1, max = 1.0) double threshold) {
    WordSets sets = new WordSets();
    sets.add(a.stream().mapToInt(Integer::intValue).toArray(), a.size());
    sets.add(b.stream().mapToInt(Integer::intValue).toArray(), b.size());
    WordMasks masks = new WordMasks(sets);
    Set<Integer> both = new HashSet<>(a);
    both.retainAll(b);
    double jaccard = (double) both.size() / (a.size() + b.size() - both.size());
    if (!WordMasks.mayMatch(masks.of(0), masks.of(1), threshold)) {
      assertThat(jaccard).isLessThan(threshold - SimilarSets.EPSILON);
    }
    if (jaccard >= threshold - SimilarSets.EPSILON) {
      assertThat(WordMasks.mayMatch(masks.of(0), masks.of(1), threshold)).isTrue();
    }
  }

  @Property(tries = 200)
  void disjointSetsOfDistinctBitsAreDismissed(@ForAll @IntRange(min = 0, max = 1000) int offset) {
    WordSets sets = new WordSets();
    sets.add(new int[] {offset}, 1);
    sets.add(new int[] {offset + 1}, 1);
    WordMasks masks = new WordMasks(sets);
    boolean sameBit = Long.bitCount(masks.of(0) & masks.of(1) & ((1L << 56) - 1)) == 1;
    assertThat(WordMasks.mayMatch(masks.of(0), masks.of(1), 0.5)).isEqualTo(sameBit);
  }
}
