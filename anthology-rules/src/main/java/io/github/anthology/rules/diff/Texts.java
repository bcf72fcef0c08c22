package io.github.anthology.rules.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Normal forms of titles and texts, and how alike two texts are. */
final class Texts {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern VERSION = Pattern.compile("v\\d+$");

  private Texts() {}

  /** Lower case, every run of punctuation and space one space: {@code "Adam: A Method"} → {@code "adam a method"}. */
  static String normalise(String text) {
    return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /** An arXiv id without its version suffix, lower case: {@code 1706.03762v5} → {@code 1706.03762}. */
  static String arxiv(String id) {
    return VERSION.matcher(id.trim().toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /**
   * How alike two texts are, from 0 to 1: the larger of the Dice coefficients of their words and of
   * their character pairs, over the normal forms. Symmetric, and 1 for equal normal forms.
   */
  static double similarity(String a, String b) {
    String x = normalise(a);
    String y = normalise(b);
    if (x.equals(y)) {
      return 1;
    }
    return Math.max(dice(List.of(x.split(" ")), List.of(y.split(" "))), dice(pairs(x), pairs(y)));
  }

  private static List<String> pairs(String s) {
    String t = s.replace(" ", "");
    return java.util.stream.IntStream.range(0, Math.max(0, t.length() - 1)).mapToObj(i -> t.substring(i, i + 2)).toList();
  }

  private static double dice(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Map<String, Integer> counts = new HashMap<>();
    a.forEach(s -> counts.merge(s, 1, Integer::sum));
    int shared = 0;
    for (String s : b) {
      Integer left = counts.get(s);
      if (left != null && left > 0) {
        shared++;
        counts.put(s, left - 1);
      }
    }
    return 2.0 * shared / (a.size() + b.size());
  }
}
