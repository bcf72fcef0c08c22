package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.Optional;

/**
 * A recommendation has exactly one status, and what the registry says about it agrees: a stated
 * status is one of the three; a recommendation of an attic paper is not stated standard or
 * experimental; one that is superseded or has a deprecation date is deprecated.
 */
@RuleInfo(
    id = "registry/status-conflict",
    summary = "A recommendation's status is valid and agrees with its paper, supersession and dates.",
    severity = Severity.ERROR)
public final class StatusConflictRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Recommendation rec : ctx.anthology().recommendations()) {
      check(ctx, rec, ctx.index().paperOf(rec));
    }
  }

  private static void check(RuleContext ctx, Recommendation rec, Optional<Paper> paper) {
    Optional<Scalar> declared = rec.declaredStatus();
    if (declared.isPresent() && Status.parse(declared.get().text()).isEmpty()) {
      ctx.at(declared.get().span(), "status `" + declared.get().text() + "` is not one of"
              + " experimental, standard, deprecated; write exactly one of them")
          .pointer(Pointers.recommendation(rec)).report();
      return;
    }
    boolean attic = paper.map(p -> p.attic().isPresent()).orElse(false);
    if (attic && declared.isPresent() && rec.status() != Status.DEPRECATED) {
      ctx.at(declared.get().span(), "status is " + rec.status().label() + " but the paper is in"
              + " the attic, so its recommendations are deprecated; remove the status or take the"
              + " paper out of the attic")
          .related(paper.get().attic().get().span(), "the paper's attic entry")
          .pointer(Pointers.recommendation(rec)).report();
    } else if (rec.status() != Status.DEPRECATED && !rec.supersededBy().isEmpty()) {
      ctx.at(rec.supersededBy().get(0).span(), "recommendation is superseded but its status is "
              + rec.status().label() + "; set `status: deprecated` or remove `superseded_by`")
          .pointer(Pointers.recommendation(rec)).report();
    } else if (rec.status() != Status.DEPRECATED && rec.deprecatedDate().isPresent()) {
      ctx.at(rec.textSpan(), "recommendation has a deprecation date but its status is "
              + rec.status().label() + "; set `status: deprecated` or remove the date")
          .pointer(Pointers.recommendation(rec)).report();
    }
  }
}
