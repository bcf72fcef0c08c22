package io.github.anthology.rules.suppression;

import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.builtin.suppression.MissingReasonRule;
import io.github.anthology.rules.builtin.suppression.UnusedSuppressionRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The pass after the rules: drops findings a directive covers, then reports directives without a
 * reason and rule ids in directives that covered nothing. Findings about suppressions are never
 * suppressed themselves; configure their rules instead.
 */
public final class Suppressions {
  private Suppressions() {}

  /**
   * @param texts the source text of each file, by the name findings use
   * @param severity the configured severity of a rule in a file, empty when it is off there
   */
  public static List<Finding> apply(List<Finding> findings, Map<String, String> texts,
      BiFunction<String, String, Optional<Severity>> severity) {
    List<Directive> directives = new ArrayList<>();
    texts.forEach((file, text) -> directives.addAll(MarkdownComments.isMarkdown(file)
        ? MarkdownComments.scan(file, text) : CommentScanner.scan(file, text)));
    Map<String, List<Directive>> byPlace = new HashMap<>();
    for (Directive d : directives) {
      String place = d.scope() == Directive.Scope.FILE ? d.span().file() : d.span().file() + ":" + (d.span().line() + 1);
      byPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(d);
    }
    Set<String> used = new HashSet<>();
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      boolean suppressed = false;
      if (!directives.isEmpty() && !f.ruleId().startsWith("suppression/")) {
        for (String place : List.of(f.span().file(), f.span().file() + ":" + f.span().line())) {
          for (Directive d : byPlace.getOrDefault(place, List.of())) {
            if (d.covers(f.ruleId(), f.span().line())) {
              used.add(key(d, f.ruleId()));
              suppressed = true;
            }
          }
        }
      }
      if (!suppressed) {
        out.add(f);
      }
    }
    for (Directive d : directives) {
      String keyword = d.scope().keyword();
      if (d.reason().isEmpty()) {
        report(out, severity, MissingReasonRule.ID, d.span(), MissingReasonRule.message(keyword));
      }
      boolean wholeFile = d.scope() == Directive.Scope.FILE;
      if (d.rules().isEmpty()) {
        report(out, severity, UnusedSuppressionRule.ID, d.span(), UnusedSuppressionRule.message(keyword, "", wholeFile));
      }
      for (String rule : d.rules()) {
        if (!used.contains(key(d, rule))) {
          report(out, severity, UnusedSuppressionRule.ID, d.span(),
              UnusedSuppressionRule.message(keyword, rule, wholeFile));
        }
      }
    }
    out.sort(Finding.ORDER);
    return out;
  }

  private static String key(Directive d, String rule) {
    return d.span().file() + ":" + d.span().startOffset() + ":" + rule;
  }

  private static void report(List<Finding> out, BiFunction<String, String, Optional<Severity>> severity,
      String ruleId, SourceSpan span, String message) {
    severity.apply(ruleId, span.file()).ifPresent(s ->
        out.add(Finding.builder().ruleId(ruleId).severity(s).span(span).message(message).build()));
  }
}
