package io.github.anthology.rules.builtin.registry;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** How recommendation texts are compared: normalised wording and content words. */
final class Texts {
  /** Words too common in recommendations to say anything about their content. */
  private static final Set<String> STOP_WORDS = Set.of(
      "a", "an", "the", "of", "to", "for", "and", "or", "in", "on", "at", "by", "with", "is",
      "are", "be", "as", "it", "its", "this", "that", "use", "using", "from", "into", "than");

  private Texts() {}

  /** Lower case, compatibility-normalised, every run of non-letters and non-digits one space. */
  static String normalise(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return n.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /** The distinct content words of a text, sorted. */
  static Set<String> words(String text) {
    Set<String> words = new TreeSet<>();
    for (String w : normalise(text).split(" ")) {
      if (!w.isEmpty() && !STOP_WORDS.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
