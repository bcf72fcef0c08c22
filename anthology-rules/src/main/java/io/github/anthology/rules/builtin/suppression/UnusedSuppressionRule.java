package io.github.anthology.rules.builtin.suppression;

import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;

/**
 * A suppression comment that silences nothing is reported, so suppressions go away with the
 * problems they hid. Its findings come from the engine's suppression pass, which needs the other
 * rules' findings and the source comments; {@link #check} has nothing to look at on its own.
 */
@RuleInfo(
    id = UnusedSuppressionRule.ID,
    summary = "A suppression comment still suppresses a finding.",
    severity = Severity.WARNING)
public final class UnusedSuppressionRule implements Rule {
  public static final String ID = "suppression/unused";

  @Override
  public void check(RuleContext ctx) {
    // Reported by the suppression pass after every other rule; see the class comment.
  }

  public static String message(String keyword, String ruleId, boolean wholeFile) {
    if (ruleId.isEmpty()) {
      return "`# " + keyword + "` names no rule; write `# " + keyword + " RULE -- reason` or remove it";
    }
    return "`# " + keyword + " " + ruleId + "` suppresses nothing " + (wholeFile ? "in this file" : "on the next line")
        + "; remove it (or the rule id) now that the finding is gone";
  }
}
