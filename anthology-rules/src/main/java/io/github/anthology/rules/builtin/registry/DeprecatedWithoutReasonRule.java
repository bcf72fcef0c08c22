package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Attic;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;

/**
 * Deprecation keeps a historical record: an attic entry states its {@code reason}, and so does a
 * recommendation deprecated on its own. Recommendations of an attic paper share its reason, so
 * the attic entry is reported once rather than each of them.
 */
@RuleInfo(
    id = "registry/deprecated-without-reason",
    summary = "Attic papers and deprecated recommendations state why.",
    severity = Severity.ERROR)
public final class DeprecatedWithoutReasonRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Paper paper : ctx.anthology().papers()) {
      if (paper.attic().isPresent() && blank(paper.attic().get())) {
        ctx.at(paper.attic().get().span(), "paper is in the attic without a reason; add"
                + " `reason:` saying why it no longer reflects best practice")
            .pointer(Pointers.paper(paper))
            .report();
      }
    }
    for (Recommendation rec : ctx.anthology().recommendations()) {
      boolean inAttic = ctx.index().paperOf(rec).flatMap(Paper::attic).isPresent();
      if (rec.status() == Status.DEPRECATED && !inAttic
          && rec.deprecationReason().map(String::isBlank).orElse(true)) {
        ctx.at(rec.textSpan(), "recommendation is deprecated without a reason; add `reason:`"
                + " saying why (and `superseded_by:` if something replaced it)")
            .pointer(Pointers.recommendation(rec))
            .report();
      }
    }
  }

  private static boolean blank(Attic attic) {
    return attic.reason().map(String::isBlank).orElse(true);
  }
}
