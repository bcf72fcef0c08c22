package io.github.anthology.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** The array-held map of items by key is the map of lists a LinkedHashMap would make. */
class ItemsByKeyProperties {
  @Property(tries = 1000)
  void isTheMapOfListsInOrderOfFirstKey(@ForAll("keys") List<String> keys, @ForAll("keys") List<String> probes) {
    List<Integer> items = new ArrayList<>();
    Map<String, List<Integer>> oracle = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      items.add(i);
      if (keys.get(i) != null) {
        oracle.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
      }
    }
    Statistics.collect(oracle.size() < keys.stream().filter(k -> k != null).count() ? "repeated key" : "distinct keys");

    Map<String, List<Integer>> map = ItemsByKey.of(items, keys::get);

    assertThat(map).isEqualTo(oracle).hasSameHashCodeAs(oracle);
    assertThat(map.size()).isEqualTo(oracle.size());
    assertThat(new ArrayList<>(map.entrySet())).containsExactlyElementsOf(oracle.entrySet());
    assertThat(new ArrayList<>(map.keySet())).containsExactlyElementsOf(oracle.keySet());
    for (String probe : probes) {
      if (probe == null) {
        continue;
      }
      assertThat(map.get(probe)).as(probe).isEqualTo(oracle.get(probe));
      assertThat(map.containsKey(probe)).as(probe).isEqualTo(oracle.containsKey(probe));
      assertThat(map.getOrDefault(probe, List.of())).isEqualTo(oracle.getOrDefault(probe, List.of()));
    }
    Statistics.coverage(c -> c.check("repeated key").count(n -> n >= 100));
  }

  @Test
  void isReadOnlyAndAnswersOtherKeyTypesWithNothing() {
    List<String> keys = java.util.Arrays.asList("a", "b", null, "a");
    Map<String, List<Integer>> map = ItemsByKey.of(List.of(0, 1, 2, 3), keys::get);
    assertThat(map).hasSize(2);
    assertThat(map.get(1)).isNull();
    assertThat(map.containsKey(null)).isFalse();
    assertThat(map.get("a")).containsExactly(0, 3);
    assertThatThrownBy(() -> map.put("c", List.of(4))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.get("a").add(5)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.get("b").add(5)).isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * Few distinct keys, so repeats are common; now and then enough of them to fill the table; now
   * and then no key (the item is left out).
   */
  @Provide
  Arbitrary<List<String>> keys() {
    Arbitrary<String> key = Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab1-").ofMaxLength(3),
        Arbitraries.strings().ofMaxLength(12)).injectNull(0.05);
    return key.list().ofMaxSize(200);
  }
}
