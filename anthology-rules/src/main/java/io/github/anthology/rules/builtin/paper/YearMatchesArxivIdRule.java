package io.github.anthology.rules.builtin.paper;

import io.github.anthology.model.Paper;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.Years;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * A paper's year agrees with the posting year its new-style arXiv id encodes. A venue year can
 * legitimately differ from the preprint's, so this is a warning: either the year or the id is
 * wrong, or the year is the venue's and the curator should say so consistently. A year that also
 * differs from the year key it is listed under is one defect that {@code paper/year-key} reports
 * (naming the id too), so this rule defers to it there. Where the lock file records the paper,
 * {@code citation/year} checks the year against the first version's date instead (exactly, and
 * knowing the venue), and this rule says nothing.
 */
@RuleInfo(
    id = "paper/year-matches-arxiv-id",
    summary = "A paper's year equals the year encoded in its arXiv id (YYMM).",
    severity = Severity.WARNING)
public final class YearMatchesArxivIdRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Paper paper : ctx.anthology().papers()) {
      Optional<Scalar> year = paper.year();
      Optional<ArxivIds.Posted> posted =
          paper.arxivId().map(s -> s.text().trim()).flatMap(ArxivIds::posted);
      if (year.isEmpty() || posted.isEmpty() || ctx.anthology().metadataOf(paper.arxivId().get().text())
          .filter(PaperMetadata::found).isPresent()) {
        continue;
      }
      Optional<Integer> value = Years.parse(year.get().text());
      if (value.isEmpty() || value.get() == posted.get().year() || YearKeyRule.contradicts(paper)) {
        continue;
      }
      String id = paper.arxivId().get().text().trim();
      String message = String.format(Locale.ROOT,
          "year %d contradicts arXiv id `%s`, posted %d-%02d; correct the year to %d or check the id",
          value.get(), id, posted.get().year(), posted.get().month(), posted.get().year());
      ctx.at(year.get().span(), message)
          .related(paper.arxivId().get().span(), "the arXiv id")
          .pointer(Pointers.paper(paper))
          .report();
    }
  }
}
