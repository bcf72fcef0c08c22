package io.github.anthology.rules.builtin.paper;

import io.github.anthology.model.Paper;
import io.github.anthology.model.Years;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.Optional;

/** In research.yaml a paper's {@code year} equals the year key it is listed under. */
@RuleInfo(
    id = "paper/year-key",
    summary = "A paper's year equals the year key it is listed under.",
    severity = Severity.ERROR)
public final class YearKeyRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Paper paper : ctx.anthology().papers()) {
      if (paper.year().isEmpty() || paper.yearKey().isEmpty()) {
        continue;
      }
      Scalar year = paper.year().get();
      Scalar key = paper.yearKey().get();
      Optional<Integer> y = Years.parse(year.text());
      Optional<Integer> k = Years.parse(key.text());
      if (y.isPresent() && k.isPresent() && !y.equals(k)) {
        ctx.at(year.span(), "year " + y.get() + " differs from the year key " + k.get()
                + " the paper is listed under; correct the year or move the paper under "
                + y.get() + ":")
            .related(key.span(), "the year key")
            .pointer(Pointers.paper(paper))
            .report();
      }
    }
  }
}
