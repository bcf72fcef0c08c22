package io.github.anthology.rules.builtin.paper;

import io.github.anthology.model.Paper;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.Optional;

/** A paper's {@code arxiv_id} is a real arXiv identifier: YYMM.NNNNN (or an old-style id). */
@RuleInfo(
    id = "paper/arxiv-id-format",
    summary = "A paper's arXiv id has the form YYMM.NNNNN (or an old-style archive/YYMMNNN).",
    severity = Severity.ERROR)
public final class ArxivIdFormatRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Paper paper : ctx.anthology().papers()) {
      if (paper.arxivId().isEmpty()) {
        continue;
      }
      Scalar id = paper.arxivId().get();
      String text = id.text().trim();
      Optional<String> problem = ArxivIds.hasShape(text)
          ? ArxivIds.problem(text)
          : Optional.of("expected YYMM.NNNNN, e.g. `2204.02311`");
      problem.ifPresent(p -> ctx.at(id.span(), "arXiv id `" + text + "` is malformed: " + p
              + "; copy the id from the paper's arxiv.org address")
          .pointer(Pointers.paper(paper))
          .report());
    }
  }
}
