package io.github.anthology.rules.baseline;

import io.github.anthology.rules.api.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The findings a registry is allowed to keep for now. Matching a run against it splits the run's
 * findings into new ones (which count) and known ones (which do not), and names the entries no
 * finding matched any more (stale: the baseline can shrink).
 */
public record Baseline(List<BaselineEntry> entries) {
  public Baseline {
    entries = entries.stream().sorted(BaselineEntry.ORDER).toList();
  }

  /** What a run is, measured against the baseline. */
  public record Match(List<Finding> fresh, List<Finding> known, List<BaselineEntry> stale) {}

  /**
   * @param fileKey a finding's file as the baseline names it (relative to the baseline's directory)
   */
  public static Baseline of(List<Finding> findings, Function<String, String> fileKey) {
    return new Baseline(findings.stream().map(f -> entry(f, fileKey)).toList());
  }

  /**
   * Each entry matches at most one finding: first a finding with the same entity, rule and message,
   * then one with the same entity and rule whose message has changed (counts in it moved, say).
   */
  public Match match(List<Finding> findings, Function<String, String> fileKey) {
    Map<String, LinkedList<BaselineEntry>> exact = new HashMap<>();
    Map<String, LinkedList<BaselineEntry>> loose = new HashMap<>();
    for (BaselineEntry e : entries) {
      exact.computeIfAbsent(e.exactKey(), k -> new LinkedList<>()).add(e);
    }
    List<Finding> unmatched = new ArrayList<>();
    List<Finding> known = new ArrayList<>();
    for (Finding f : findings) {
      BaselineEntry e = entry(f, fileKey);
      if (take(exact, e.exactKey()) != null) {
        known.add(f);
      } else {
        unmatched.add(f);
      }
    }
    exact.values().forEach(rest -> rest.forEach(e -> loose.computeIfAbsent(e.key(), k -> new LinkedList<>()).add(e)));
    List<Finding> fresh = new ArrayList<>();
    for (Finding f : unmatched) {
      if (take(loose, entry(f, fileKey).key()) != null) {
        known.add(f);
      } else {
        fresh.add(f);
      }
    }
    List<BaselineEntry> stale = new ArrayList<>();
    loose.values().forEach(stale::addAll);
    stale.sort(BaselineEntry.ORDER);
    known.sort(Finding.ORDER);
    return new Match(fresh, known, stale);
  }

  private static BaselineEntry take(Map<String, LinkedList<BaselineEntry>> byKey, String key) {
    LinkedList<BaselineEntry> candidates = byKey.get(key);
    return candidates == null || candidates.isEmpty() ? null : candidates.removeFirst();
  }

  private static BaselineEntry entry(Finding f, Function<String, String> fileKey) {
    return new BaselineEntry(fileKey.apply(f.span().file()), f.ruleId(), f.pointer(), f.message());
  }
}
