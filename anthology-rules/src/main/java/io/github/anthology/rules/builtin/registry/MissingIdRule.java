package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Recommendation;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.List;

/**
 * Once a registry uses recommendation ids, every recommendation has one, so that references and
 * baselines can name it. A registry that uses no ids at all is not reported: ids are optional
 * until adopted (with {@code anthology ids}).
 */
@RuleInfo(
    id = "registry/missing-id",
    summary = "When a registry uses recommendation ids, every recommendation has one.",
    severity = Severity.WARNING)
public final class MissingIdRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    List<Recommendation> recs = ctx.anthology().recommendations();
    long withId = 0;
    for (Recommendation rec : recs) {
      withId += rec.id().isPresent() ? 1 : 0;
    }
    if (withId == recs.size()) {
      return;
    }
    if (withId == 0) {
      return;
    }
    for (Recommendation rec : recs) {
      if (rec.id().isEmpty()) {
        ctx.at(rec.textSpan(), "recommendation has no id while " + withId + " of " + recs.size()
                + " have one; run `anthology ids --write` to assign stable ids")
            .pointer(Pointers.recommendation(rec))
            .report();
      }
    }
  }
}
