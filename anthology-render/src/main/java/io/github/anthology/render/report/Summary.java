package io.github.anthology.render.report;

import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of findings by severity. */
public record Summary(int errors, int warnings, int infos) {
  public static Summary of(List<Finding> findings) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Finding f : findings) {
      counts.merge(f.severity(), 1, Integer::sum);
    }
    return new Summary(counts.getOrDefault(Severity.ERROR, 0),
        counts.getOrDefault(Severity.WARNING, 0), counts.getOrDefault(Severity.INFO, 0));
  }

  @Override
  public String toString() {
    return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info");
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
  }
}
