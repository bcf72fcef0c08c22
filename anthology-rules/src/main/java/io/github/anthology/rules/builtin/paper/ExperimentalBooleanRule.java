package io.github.anthology.rules.builtin.paper;

import io.github.anthology.model.Paper;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Fix;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code experimental} is written as YAML 1.2's {@code true} or {@code false}. {@code True},
 * {@code yes} or {@code on} are booleans only to YAML 1.1 readers (such as the reference system's),
 * and a quoted {@code "true"} is a string to every reader; the fix writes the canonical form.
 */
@RuleInfo(
    id = "paper/experimental-boolean",
    summary = "The experimental flag is a plain lower-case true or false.",
    severity = Severity.WARNING,
    fixable = true)
public final class ExperimentalBooleanRule implements Rule {
  /** YAML 1.1's spellings of the two booleans, lower-cased. */
  private static final Map<String, String> YAML11 = Map.of(
      "true", "true", "yes", "true", "y", "true", "on", "true",
      "false", "false", "no", "false", "n", "false", "off", "false");

  @Override
  public void check(RuleContext ctx) {
    for (Paper paper : ctx.anthology().papers()) {
      if (paper.experimental().isEmpty()) {
        continue;
      }
      Scalar flag = paper.experimental().get();
      String text = flag.text().trim();
      if (flag.plain() && (text.equals("true") || text.equals("false"))) {
        continue;
      }
      String canonical = YAML11.get(text.toLowerCase(Locale.ROOT));
      RuleContext.Report report;
      if (canonical == null) {
        report = ctx.at(flag.span(), "experimental is `" + text + "`, which is not a boolean;"
            + " write true or false");
      } else {
        String why = flag.plain() ? "a boolean only to YAML 1.1 readers" : "a quoted string, not a boolean";
        report = ctx.at(flag.span(), "experimental is `" + flag.text() + "`, " + why + "; write "
                + canonical)
            .fix(new Fix("write " + canonical, List.of(TextEdit.replace(flag.span(), canonical))));
      }
      report.pointer(Pointers.paper(paper)).report();
    }
  }
}
