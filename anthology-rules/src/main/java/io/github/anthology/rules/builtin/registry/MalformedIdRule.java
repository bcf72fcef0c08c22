package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recommendation ids have the stable form {@code MLR-<year>-<Author><NNN>-<NNNN>}. */
@RuleInfo(
    id = "registry/malformed-id",
    summary = "Recommendation ids have the form MLR-<year>-<Author><NNN>-<NNNN>.",
    severity = Severity.ERROR)
public final class MalformedIdRule implements Rule {
  private static final Pattern ID = Pattern.compile(Recommendation.ID_PATTERN);

  @Override
  public void check(RuleContext ctx) {
    Matcher matcher = ID.matcher("");
    for (Recommendation rec : ctx.anthology().recommendations()) {
      if (rec.id().isEmpty()) {
        continue;
      }
      Scalar id = rec.id().get();
      if (!matcher.reset(id.text().trim()).matches()) {
        ctx.at(id.span(), "recommendation id `" + id.text() + "` is not of the form"
                + " MLR-<year>-<Author><NNN>-<NNNN> (e.g. MLR-2014-Kingma001-0001); remove it and"
                + " let `anthology ids` assign one")
            .pointer(Pointers.recommendation(rec))
            .report();
      }
    }
  }
}
