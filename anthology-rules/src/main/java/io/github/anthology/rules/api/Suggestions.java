package io.github.anthology.rules.api;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean": the known name closest to a misspelt one, when it is close enough. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The known name nearest to {@code name} by edit distance, if within a quarter of its length
   * (at least one, at most three edits); ties go to the alphabetically first.
   */
  public static Optional<String> closest(String name, Collection<String> known) {
    int limit = Math.max(1, Math.min(3, name.length() / 4));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      if (Math.abs(candidate.length() - name.length()) > limit) {
        continue;
      }
      int d = distance(name, candidate);
      if (d <= limit && (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0))) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Edit distance counting an insertion, a deletion, a substitution or a swap of two adjacent
   * characters as one edit (optimal string alignment), so {@code titel} is one edit from
   * {@code title}.
   */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
