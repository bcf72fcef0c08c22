package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.Optional;

/**
 * {@code evidence} supports a recommendation from outside it: citing the paper the recommendation
 * was drawn from (or the recommendation itself) adds no support, and makes the practice look
 * better corroborated than it is.
 */
@RuleInfo(
    id = "registry/self-evidence",
    summary = "evidence cites papers other than the recommendation's own source.",
    severity = Severity.WARNING)
public final class SelfEvidenceRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Recommendation rec : ctx.anthology().recommendations()) {
      if (rec.evidence().isEmpty()) {
        continue;
      }
      Optional<String> source = rec.source().arxivId().map(String::trim);
      Optional<String> own = rec.id().map(s -> s.text().trim());
      for (Scalar cited : rec.evidence()) {
        String text = cited.text().trim();
        String what = source.filter(text::equals).map(s -> "the recommendation's own source paper")
            .or(() -> own.filter(text::equals).map(s -> "the recommendation itself"))
            .orElse(null);
        if (what != null) {
          ctx.at(cited.span(), "evidence `" + text + "` is " + what + ", which supports nothing;"
                  + " cite independent work or remove it")
              .pointer(Pointers.recommendation(rec))
              .report();
        }
      }
    }
  }
}
