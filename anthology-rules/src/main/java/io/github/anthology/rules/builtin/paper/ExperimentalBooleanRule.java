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
import java.util.Set;

/**
 * {@code experimental} is written as a plain lower-case {@code true} or {@code false}. {@code True}
 * and {@code FALSE} are booleans to every YAML reader (the 1.2 core schema and 1.1 alike) but not
 * in the registry's one spelling; {@code yes}, {@code on} or {@code y} are booleans only to YAML 1.1
 * readers (such as the reference system's) and strings to YAML 1.2 ones; a quoted {@code "true"}
 * is a string to every reader. The fix writes the canonical form.
 */
@RuleInfo(
    id = "paper/experimental-boolean",
    summary = "The experimental flag is a plain lower-case true or false.",
    severity = Severity.WARNING,
    fixable = true)
public final class ExperimentalBooleanRule implements Rule {
  /** The YAML 1.2 core schema's spellings of the two booleans: booleans to every reader. */
  private static final Set<String> CORE = Set.of("True", "TRUE", "False", "FALSE");
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
        String why = !flag.plain() ? "a quoted string, not a boolean"
            : CORE.contains(text) ? "a boolean, but not in the lower-case spelling the registry uses"
            : "a boolean only to YAML 1.1 readers and a string to YAML 1.2 ones";
        report = ctx.at(flag.span(), "experimental is `" + flag.text() + "`, " + why + "; write "
                + canonical)
            .fix(new Fix("write " + canonical, List.of(TextEdit.replace(flag.span(), canonical))));
      }
      report.pointer(Pointers.paper(paper)).report();
    }
  }
}
