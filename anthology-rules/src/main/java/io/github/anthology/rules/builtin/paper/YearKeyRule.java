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

  /** Whether the paper's year and its year key are both whole years and differ. */
  static boolean contradicts(Paper paper) {
    if (paper.year().isEmpty() || paper.yearKey().isEmpty()) {
      return false;
    }
    Optional<Integer> y = Years.parse(paper.year().get().text());
    Optional<Integer> k = Years.parse(paper.yearKey().get().text());
    return y.isPresent() && k.isPresent() && !y.equals(k);
  }

  @Override
  public void check(RuleContext ctx) {
    for (Paper paper : ctx.anthology().papers()) {
      if (!contradicts(paper)) {
        continue;
      }
      Scalar year = paper.year().get();
      Scalar key = paper.yearKey().get();
      int y = Years.parse(year.text()).orElseThrow();
      int k = Years.parse(key.text()).orElseThrow();
      Optional<ArxivIds.Posted> posted = paper.arxivId().flatMap(id -> ArxivIds.posted(id.text().trim()));
      String fix = posted.isEmpty() ? "; correct the year or move the paper under " + y + ":"
          : posted.get().year() == k ? " and from its arXiv id `" + paper.arxivId().get().text().trim()
              + "` (posted " + posted.get().year() + "); correct the year to " + k
          : posted.get().year() == y ? "; its arXiv id agrees with the year: move the paper under " + y + ":"
          : "; correct the year or move the paper under " + y + ":";
      RuleContext.Report report = ctx.at(year.span(), "year " + y + " differs from the year key " + k
              + " the paper is listed under" + fix)
          .related(key.span(), "the year key");
      paper.arxivId().ifPresent(id -> report.related(id.span(), "the arXiv id"));
      report.pointer(Pointers.paper(paper)).report();
    }
  }
}
