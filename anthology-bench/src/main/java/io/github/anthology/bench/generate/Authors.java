package io.github.anthology.bench.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Surnames made of two or three syllables, drawn with a skew (some authors write many papers), and
 * never more than 999 papers per surname, so paper ids keep their three-digit counter.
 */
final class Authors {
  private static final int MAX_PAPERS = 999;
  private final List<String> names = new ArrayList<>();
  private final Zipf zipf;
  private final SplittableRandom random;

  Authors(SplittableRandom random) {
    this.random = random;
    List<String> s = Words.SYLLABLES;
    for (String a : s) {
      for (String b : s) {
        names.add(TextMaker.capitalise(a + b));
      }
    }
    for (int i = 0; i < 20_000; i++) {
      names.add(TextMaker.capitalise(TopicCatalogue.pick(s, random) + TopicCatalogue.pick(s, random)
          + TopicCatalogue.pick(s, random)));
    }
    this.zipf = new Zipf(names.size(), 0.8);
  }

  String next(Map<String, Integer> counts) {
    while (true) {
      String name = names.get(zipf.next(random));
      if (counts.getOrDefault(name, 0) < MAX_PAPERS) {
        return name;
      }
    }
  }
}
