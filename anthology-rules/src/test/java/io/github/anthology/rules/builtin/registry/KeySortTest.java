package io.github.anthology.rules.builtin.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeySortTest {
  @Test
  void manyKeysComeOutInUnsignedOrderWithEveryKeyKept() {
    SplittableRandom random = new SplittableRandom(7);
    long[] keys = new long[300_000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = i % 3 == 0 ? keys[random.nextInt(i + 1)] : random.nextLong();
    }
    Long[] expected = Arrays.stream(keys).boxed().sorted(Long::compareUnsigned).toArray(Long[]::new);
    long[] sorted = KeySort.sort(keys.clone(), keys.length);
    assertThat(Arrays.stream(sorted).boxed().toArray(Long[]::new)).containsExactly(expected);
  }

  @Test
  void fewKeysAreSortedWhereTheyLieAndOnlyTheCountedOnes() {
    long[] keys = {5, 3, 9, -1};
    assertThat(KeySort.sort(keys, 3)).startsWith(3, 5, 9).endsWith(-1);
  }
}
