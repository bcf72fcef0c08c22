package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Recommendation;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same recommendation is stated once. Texts are compared after normalisation (case,
 * punctuation and spacing ignored); the later occurrence is reported, pointing at the first.
 */
@RuleInfo(
    id = "registry/duplicate-recommendation",
    summary = "No two recommendations have the same text (ignoring case, punctuation and spacing).",
    severity = Severity.ERROR)
public final class DuplicateRecommendationRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    List<Recommendation> recs = ctx.anthology().recommendations().stream()
        .sorted(Comparator.comparing(Recommendation::textSpan)).toList();
    Map<String, Recommendation> first = new HashMap<>();
    Tokens tokens = new Tokens();
    for (Recommendation rec : recs) {
      String key = tokens.read(rec.text()).joined();
      if (key.isEmpty()) {
        continue;
      }
      Recommendation earlier = first.putIfAbsent(key, rec);
      if (earlier != null) {
        ctx.at(rec.textSpan(), "recommendation \"" + Texts.abbreviate(rec.text())
                + "\" repeats the one at line " + earlier.textSpan().line()
                + "; keep one and list the other paper under its `evidence`")
            .related(earlier.textSpan(), "first stated here")
            .pointer(Pointers.recommendation(rec))
            .report();
      }
    }
  }
}
