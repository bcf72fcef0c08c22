package io.github.anthology.io.ids;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike two texts of a practice read, from 0 to 1: one minus their edit distance (Levenshtein,
 * in characters) over the longer one's length, after lower-casing and collapsing white space; the
 * texts are compared as written and with their words sorted, whichever is closer, so that words
 * put in another order count as a light rewording ({@code Use async I/O for checkpoint writing} and
 * {@code Use async I/O for writing checkpoints}: 0.97). The distance is computed only up to what
 * the threshold allows, so unlike texts cost little.
 */
final class TextSimilarity {
  private final double threshold;

  TextSimilarity(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("a similarity threshold is above 0 and at most 1, not " + threshold);
    }
    this.threshold = threshold;
  }

  /** The similarity when it is at or above the threshold, else -1. */
  double of(String a, String b) {
    String x = normal(a);
    String y = normal(b);
    return Math.max(ratio(x, y), ratio(sorted(x), sorted(y)));
  }

  private double ratio(String x, String y) {
    int longer = Math.max(x.length(), y.length());
    if (longer == 0) {
      return 1;
    }
    int allowed = (int) Math.floor((1 - threshold) * longer + 1e-9);
    int distance = new LevenshteinDistance(allowed).apply(x, y);
    return distance < 0 ? -1 : 1 - (double) distance / longer;
  }

  private static String normal(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String sorted(String text) {
    String[] words = text.split(" ");
    Arrays.sort(words);
    return String.join(" ", words);
  }
}
