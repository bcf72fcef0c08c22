package io.github.anthology.rules.builtin.paper;

import io.github.anthology.model.Paper;
import io.github.anthology.model.Years;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A paper's year (and the year key it is listed under) is a plausible publication year. A missing
 * or non-numeric year is left to {@code registry/required-fields}.
 */
@RuleInfo(
    id = "paper/year-range",
    summary = "A paper's year and year key lie between the configured earliest and latest years.",
    severity = Severity.ERROR)
public final class YearRangeRule implements Rule {
  static final Option<Integer> EARLIEST =
      Option.integer("earliest", "the earliest plausible year of a paper", 1950, 0, 9999);
  static final Option<Integer> LATEST =
      Option.integer("latest", "the latest plausible year of a paper", 2100, 0, 9999);

  @Override
  public List<Option<?>> options() {
    return List.of(EARLIEST, LATEST);
  }

  @Override
  public void check(RuleContext ctx) {
    int earliest = ctx.option(EARLIEST);
    int latest = ctx.option(LATEST);
    for (Paper paper : ctx.anthology().papers()) {
      check(ctx, paper, paper.year(), "year", earliest, latest);
      check(ctx, paper, paper.yearKey(), "year key", earliest, latest);
    }
  }

  private static void check(RuleContext ctx, Paper paper, Optional<Scalar> year, String what,
      int earliest, int latest) {
    if (year.isEmpty()) {
      return;
    }
    Optional<Integer> value = Years.parse(year.get().text());
    if (value.isPresent() && (value.get() < earliest || value.get() > latest)) {
      ctx.at(year.get().span(), what + " " + value.get() + " is outside " + earliest + "-" + latest
              + "; correct it (a typo?) or widen the rule's `earliest`/`latest` options")
          .pointer(Pointers.paper(paper))
          .report();
    }
  }
}
