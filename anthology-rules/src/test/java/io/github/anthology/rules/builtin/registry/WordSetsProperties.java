package io.github.anthology.rules.builtin.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Ranking by frequency against its plain definition, short sets and long ones alike. */
class WordSetsProperties {
  @Property(tries = 300)
  void eachRankedSetIsItsWordsRenamedByRarityInAscendingOrder(
      @ForAll @Size(max = 40) List<@Size(max = 40) Set<@IntRange(max = 60) Integer>> raw) {
    WordSets sets = new WordSets();
    Map<Integer, Integer> holders = new HashMap<>();
    for (Set<Integer> s : raw) {
      sets.add(s.stream().mapToInt(Integer::intValue).toArray(), s.size());
      s.forEach(w -> holders.merge(w, 1, Integer::sum));
    }
    // every id up to the largest is ranked, those no set holds (rarest of all) first
    List<Integer> byRarity = new ArrayList<>();
    int largest = holders.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
    for (int w = 0; w <= largest; w++) {
      byRarity.add(w);
    }
    byRarity.sort(Comparator.comparing((Integer w) -> holders.getOrDefault(w, 0)).thenComparing(w -> w));

    WordSets ranked = sets.rankedByFrequency();

    assertThat(ranked.size()).isEqualTo(raw.size());
    for (int x = 0; x < raw.size(); x++) {
      List<Integer> expected = new ArrayList<>();
      for (int r = 0; r < byRarity.size(); r++) {
        if (raw.get(x).contains(byRarity.get(r))) {
          expected.add(r);
        }
      }
      List<Integer> actual = new ArrayList<>();
      for (int i = ranked.start(x); i < ranked.end(x); i++) {
        actual.add(ranked.word(i));
      }
      assertThat(actual).as("set %d", x).containsExactlyElementsOf(expected);
    }
  }
}
