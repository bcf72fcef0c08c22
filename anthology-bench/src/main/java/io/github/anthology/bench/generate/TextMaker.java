package io.github.anthology.bench.generate;

import static io.github.anthology.bench.generate.TopicCatalogue.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the prose of a registry: recommendation texts shaped like the real ones ("Use adaptive
 * flashnorm kernels for sparse zerolin"): common words plus technical terms from a large
 * vocabulary with Zipf frequencies, as real text has; titles, takeaways, and near-duplicates of a text
 * (one word changed, added or dropped, or the case and punctuation changed).
 */
final class TextMaker {
  private final SplittableRandom random;
  private final Terms terms;

  TextMaker(SplittableRandom random) {
    this.random = random;
    this.terms = new Terms(random);
  }

  String recommendation() {
    StringBuilder b = new StringBuilder();
    b.append(capitalise(pick(Words.VERBS, random))).append(' ');
    b.append(pick(Words.ADJECTIVES, random)).append(' ');
    b.append(terms.next()).append(' ').append(pick(Words.NOUNS, random));
    b.append(' ').append(pick(Words.PREPOSITIONS, random)).append(' ');
    b.append(pick(Words.ADJECTIVES, random)).append(' ').append(terms.next());
    if (random.nextDouble() < 0.5) {
      b.append(' ').append(pick(Words.QUALIFYING, random).replace('-', ' '));
    }
    if (random.nextDouble() < 0.3) {
      b.append(" (").append(number()).append(')');
    }
    return b.toString();
  }

  String title() {
    return capitalise(pick(Words.ADJECTIVES, random)) + " " + capitalise(pick(Words.NOUNS, random)) + " "
        + capitalise(pick(Words.GERUNDS, random)) + " " + pick(Words.PREPOSITIONS, random) + " "
        + capitalise(pick(Words.QUALIFIERS, random)) + " " + capitalise(pick(Words.NOUNS, random)) + " Models";
  }

  List<String> takeaways() {
    List<String> out = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      out.add(capitalise(pick(Words.NOUNS, random)) + " " + pick(Words.ADJECTIVES, random) + " "
          + pick(Words.NOUNS, random) + " " + pick(Words.PREPOSITIONS, random) + " " + pick(Words.NOUNS, random));
    }
    return out;
  }

  /** A text a reviewer would call the same recommendation: one small edit away. */
  String nearDuplicate(String text) {
    List<String> words = new ArrayList<>(List.of(text.split(" ")));
    int at = 1 + random.nextInt(Math.max(1, words.size() - 1));
    switch (random.nextInt(3)) {
      case 0 -> words.set(Math.min(at, words.size() - 1), pick(Words.ADJECTIVES, random));
      case 1 -> words.add(Math.min(at, words.size()), pick(Words.ADJECTIVES, random));
      default -> {
        if (words.size() > 4) {
          words.remove(Math.min(at, words.size() - 1));
        } else {
          words.add("too");
        }
      }
    }
    return String.join(" ", words);
  }

  /** The same text as far as normalisation goes: case, spacing and a final full stop differ. */
  static String exactDuplicate(String text) {
    return text.toLowerCase(Locale.ROOT).replace(" ", "  ") + ".";
  }

  private String number() {
    return switch (random.nextInt(4)) {
      case 0 -> "1e-" + (2 + random.nextInt(5));
      case 1 -> String.valueOf(1 << (4 + random.nextInt(10)));
      case 2 -> "0." + (1 + random.nextInt(99));
      default -> (1 + random.nextInt(16)) + "x";
    };
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
