package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Recommendation;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.List;
import java.util.Map;

/** A recommendation id names one recommendation: a second use is reported where it stands. */
@RuleInfo(
    id = "registry/duplicate-id",
    summary = "Recommendation ids are unique.",
    severity = Severity.ERROR)
public final class DuplicateIdRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Map.Entry<String, List<Recommendation>> e : ctx.index().recommendationsById().entrySet()) {
      List<Recommendation> recs = e.getValue();
      if (recs.size() < 2) {
        continue;
      }
      Recommendation first = recs.get(0);
      for (Recommendation again : recs.subList(1, recs.size())) {
        ctx.at(again.id().orElseThrow().span(), "recommendation id `" + e.getKey()
                + "` is already used at line " + first.id().orElseThrow().span().line()
                + "; ids are never reused, so remove this one and let `anthology ids` assign a new id")
            .related(first.id().orElseThrow().span(), "first used here")
            .pointer(Pointers.recommendation(again))
            .report();
      }
    }
  }
}
