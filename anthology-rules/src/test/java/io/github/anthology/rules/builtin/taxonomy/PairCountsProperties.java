package io.github.anthology.rules.builtin.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class PairCountsProperties {

  @Property(tries = 50)
  void countsEveryKeyAsAMapWould(@ForAll @Size(max = 5_000) List<@LongRange(min = 1, max = 3_000) Long> small,
      @ForAll @Size(max = 200) List<@LongRange(min = 1) Long> large) {
    PairCounts counts = new PairCounts();
    Map<Long, Integer> expected = new HashMap<>();
    for (List<Long> keys : List.of(small, large)) {
      for (long k : keys) {
        counts.increment(k);
        expected.merge(k, 1, Integer::sum);
      }
    }
    Map<Long, Integer> actual = new HashMap<>();
    counts.forEach((k, c) -> assertThat(actual.put(k, c)).as("key %d visited once", k).isNull());
    assertThat(actual).isEqualTo(expected);
  }
}
