package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.api.Suggestions;
import java.util.function.Supplier;

/**
 * {@code superseded_by}, {@code see_also} and {@code evidence} name something the registry holds:
 * a paper by arXiv id or a recommendation by id. A reader following the link otherwise finds
 * nothing, and supersession chains break. Misspelt recommendation ids get a suggestion; arXiv
 * ids do not, since a near id is a different paper.
 */
@RuleInfo(
    id = "registry/unresolved-reference",
    summary = "superseded_by, see_also and evidence name a paper or recommendation of the registry.",
    severity = Severity.ERROR)
public final class UnresolvedReferenceRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Paper paper : ctx.anthology().papers()) {
      if (paper.attic().isPresent()) {
        Supplier<String> pointer = () -> Pointers.paper(paper);
        paper.attic().get().supersededBy().forEach(s -> check(ctx, s, "superseded_by", pointer));
        paper.attic().get().seeAlso().forEach(s -> check(ctx, s, "see_also", pointer));
      }
    }
    for (Recommendation rec : ctx.anthology().recommendations()) {
      if (rec.supersededBy().isEmpty() && rec.evidence().isEmpty()) {
        continue;
      }
      Supplier<String> pointer = () -> Pointers.recommendation(rec);
      rec.supersededBy().forEach(s -> check(ctx, s, "superseded_by", pointer));
      rec.evidence().forEach(s -> check(ctx, s, "evidence", pointer));
    }
  }

  /** Checks one reference; the pointer is made only for a finding (a million recommendations would each make one). */
  private static void check(RuleContext ctx, Scalar ref, String key, Supplier<String> pointer) {
    String text = ref.text().trim();
    if (text.isEmpty() || ctx.index().resolves(text)) {
      return;
    }
    String hint = Suggestions.closest(text, ctx.index().recommendationsById().keySet())
        .map(c -> "; did you mean `" + c + "`?")
        .orElse("; add that paper to the registry or correct the reference");
    ctx.at(ref.span(), key + " `" + text + "` names no paper (arXiv id) or recommendation (id)"
            + " of the registry" + hint)
        .pointer(pointer.get())
        .report();
  }
}
