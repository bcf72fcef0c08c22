package io.github.anthology.bench.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The technical terms of the generated texts (method, library and quantity names such as
 * {@code flashnorm} or {@code zerolin}): 100,000 made-up words drawn with Zipf frequencies, so a
 * large registry has the long tail of rare words that real text has, not a closed word list.
 */
final class Terms {
  private static final int COUNT = 100_000;
  private final List<String> words = new ArrayList<>(COUNT);
  private final Zipf zipf = new Zipf(COUNT, 1.0);
  private final SplittableRandom random;

  Terms(SplittableRandom random) {
    this.random = random;
    List<String> s = Words.SYLLABLES;
    int n = s.size();
    for (int i = 0; words.size() < COUNT; i++) {
      String w = s.get(i % n) + s.get(i / n % n) + (i >= n * n ? s.get(i / (n * n) % n) : "");
      words.add(i % 7 == 0 ? w + (i % 97) : w);
    }
  }

  String next() {
    return words.get(zipf.next(random));
  }
}
