package io.github.anthology.rules.builtin.suppression;

import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;

/**
 * A suppression comment says why: {@code # anthology-disable-next-line RULE -- reason}. Its
 * findings come from the engine's suppression pass ({@code rules.suppression.Suppressions}), which
 * reads comments from the source text; the registry model holds no comments, so {@link #check}
 * has nothing to look at. The rule exists so that it can be configured, listed and documented.
 */
@RuleInfo(
    id = MissingReasonRule.ID,
    summary = "A suppression comment gives its reason after ` -- `.",
    severity = Severity.WARNING)
public final class MissingReasonRule implements Rule {
  public static final String ID = "suppression/missing-reason";

  @Override
  public void check(RuleContext ctx) {
    // Reported by the suppression pass over source comments; see the class comment.
  }

  public static String message(String keyword) {
    return "`# " + keyword + "` gives no reason; add one after ` -- ` so the next reader knows why";
  }
}
