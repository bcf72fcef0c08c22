package io.github.anthology.bench.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes the taxonomy: process topics with a gerund and component topics without one, most ending
 * in a standard suffix, a tree of parents (always earlier topics, so no cycles), symmetric related
 * links, scope items of their own, a few consolidated names and a few deprecated topics.
 */
final class TopicCatalogue {
  private static final List<String> PROCESS_SUFFIXES = List.of("optimization", "pipeline");
  private static final List<String> COMPONENT_SUFFIXES = List.of("architecture", "techniques");

  private TopicCatalogue() {}

  static List<SyntheticTopic> make(int count, SplittableRandom random, List<String> references) {
    List<String> names = names(count, random);
    List<SyntheticTopic> topics = new ArrayList<>(count);
    List<List<String>> related = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      related.add(new ArrayList<>());
    }
    for (int i = 1; i < count; i++) {
      if (random.nextDouble() < 0.05) {
        int j = random.nextInt(i);
        if (!related.get(j).contains(names.get(i))) {
          related.get(i).add(names.get(j));
          related.get(j).add(names.get(i));
        }
      }
    }
    for (int i = 0; i < count; i++) {
      String name = names.get(i);
      boolean process = java.util.Arrays.stream(name.split("-")).anyMatch(w -> w.endsWith("ing"));
      String parent = i > 20 && random.nextDouble() < 0.3 ? names.get(random.nextInt(20)) : null;
      List<String> scope = new ArrayList<>();
      for (int k = 0; k < 2 + random.nextInt(3); k++) {
        scope.add(capitalise(name.replace('-', ' ')) + " " + pick(Words.NOUNS, random) + " " + k);
      }
      List<String> refs = references.isEmpty() || random.nextDouble() < 0.5
          ? List.of() : List.of(pick(references, random));
      List<String> previously = random.nextDouble() < 0.02 ? List.of(name + "-legacy") : List.of();
      String replacedBy = i > 0 && i % 400 == 399 ? names.get(random.nextInt(i)) : null;
      topics.add(new SyntheticTopic(name, process ? "process" : "component",
          "Practices of " + name.replace('-', ' '), scope, parent, related.get(i), refs, previously, replacedBy));
    }
    return topics;
  }

  private static List<String> names(int count, SplittableRandom random) {
    Set<String> names = new LinkedHashSet<>();
    List<String> nouns = Words.NOUNS;
    while (names.size() < count) {
      String noun = pick(nouns, random);
      if (random.nextDouble() < 0.4) {
        names.add(noun + "-" + pick(Words.GERUNDS, random) + "-" + pick(PROCESS_SUFFIXES, random));
      } else if (random.nextDouble() < 0.5) {
        names.add(noun + "-" + pick(COMPONENT_SUFFIXES, random));
      } else {
        names.add(pick(Words.QUALIFIERS, random) + "-" + noun + "-" + pick(COMPONENT_SUFFIXES, random));
      }
    }
    List<String> shuffled = new ArrayList<>(names);
    Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
    return shuffled;
  }

  static <T> T pick(List<T> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
