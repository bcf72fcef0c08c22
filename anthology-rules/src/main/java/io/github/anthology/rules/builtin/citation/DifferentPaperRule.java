package io.github.anthology.rules.builtin.citation;

import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.List;
import java.util.Locale;

/**
 * A paper's arXiv id names the paper of its title: the entry's title and arXiv's are compared by
 * {@link TitleSimilarity}, so a shortened title or a different spelling of it passes and another
 * paper's title does not. Which of the two is wrong (the id, or the title) a person decides, so
 * there is no fix.
 */
@RuleInfo(
    id = "citation/different-paper",
    summary = "A paper's arXiv id names the paper of its title.",
    severity = Severity.ERROR)
public final class DifferentPaperRule implements Rule {
  static final Option<Double> MIN_SIMILARITY = Option.decimal("min-similarity",
      "share of the shorter title's letter trigrams the other must contain for the two to be one"
          + " paper's", TitleSimilarity.DEFAULT_THRESHOLD, 0.0, 1.0);

  @Override
  public List<Option<?>> options() {
    return List.of(MIN_SIMILARITY);
  }

  @Override
  public void check(RuleContext ctx) {
    double min = ctx.option(MIN_SIMILARITY);
    for (CitedPaper cited : CitedPaper.found(ctx.anthology())) {
      if (cited.metadata().title().isEmpty() || cited.paper().title().isBlank()) {
        continue;
      }
      double similarity = TitleSimilarity.of(cited.paper().title(), cited.metadata().title().get());
      if (similarity >= min) {
        continue;
      }
      ctx.at(cited.id().span(), String.format(Locale.ROOT,
              "arXiv `%s` is %s, not \"%s\" (title similarity %.2f); correct the id or the title",
              cited.arxivId(), cited.describe(), cited.paper().title(), similarity))
          .pointer(Pointers.paper(cited.paper()))
          .report();
    }
  }
}
