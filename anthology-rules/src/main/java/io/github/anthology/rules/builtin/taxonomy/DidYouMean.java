package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.rules.builtin.naming.TopicNames;
import java.util.Collection;
import java.util.Optional;

/** The closest known name to a misspelt one, if any is close enough to be the intended one. */
final class DidYouMean {
  private DidYouMean() {}

  static Optional<String> closest(String name, Collection<String> known) {
    String normal = TopicNames.toHyphenatedLowercase(name);
    if (known.contains(normal)) {
      return Optional.of(normal);
    }
    int limit = Math.max(1, Math.min(3, name.length() / 4));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      if (Math.abs(candidate.length() - normal.length()) > limit) {
        continue;
      }
      int d = distance(normal, candidate);
      if (d <= limit && (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0))) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance, two rows. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }
}
