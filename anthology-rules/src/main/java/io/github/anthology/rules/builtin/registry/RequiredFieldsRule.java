package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Years;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.model.validation.ModelValidator;
import io.github.anthology.model.validation.Violation;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.HashSet;
import java.util.Set;

/**
 * The model's Bean Validation constraints hold: a paper has a title, a first author and a whole
 * year; a recommendation has a text. The validator is built on first use only. Constraints that
 * dedicated rules explain better (arXiv id and recommendation id formats, the year's range) are
 * left to those rules.
 */
@RuleInfo(
    id = RequiredFieldsRule.ID,
    summary = "Papers have a title, first author and year; recommendations have a text.",
    severity = Severity.ERROR)
public final class RequiredFieldsRule implements Rule {
  public static final String ID = "registry/required-fields";
  private static final Set<String> LEFT_TO_OTHER_RULES = Set.of("arxiv_id", "id");

  @Override
  public void check(RuleContext ctx) {
    Set<SourceSpan> wholeYears = new HashSet<>();
    for (Paper p : ctx.anthology().papers()) {
      p.year().filter(y -> Years.parse(y.text()).isPresent()).map(Scalar::span).ifPresent(wholeYears::add);
    }
    for (Violation v : ModelValidator.validate(ctx.anthology(), LEFT_TO_OTHER_RULES)) {
      if ("year".equals(v.property()) && wholeYears.contains(v.span())) {
        continue;
      }
      RuleContext.Report report = ctx.at(v.span(), v.message() + "; add it");
      if (v.subject() instanceof Paper p) {
        report.pointer(Pointers.paper(p));
      } else if (v.subject() instanceof Recommendation r) {
        report.pointer(Pointers.recommendation(r));
      }
      report.report();
    }
  }
}
