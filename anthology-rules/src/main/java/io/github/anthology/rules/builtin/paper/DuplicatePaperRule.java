package io.github.anthology.rules.builtin.paper;

import io.github.anthology.model.Paper;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.List;
import java.util.Map;

/** A paper is listed once: a second entry with the same arXiv id is reported at the later one. */
@RuleInfo(
    id = "paper/duplicate",
    summary = "A paper (by arXiv id) is listed only once.",
    severity = Severity.ERROR)
public final class DuplicatePaperRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Map.Entry<String, List<Paper>> e : ctx.index().papersByArxivId().entrySet()) {
      List<Paper> papers = e.getValue();
      Paper first = papers.get(0);
      for (Paper again : papers.subList(1, papers.size())) {
        ctx.at(again.arxivId().orElseThrow().span(),
                "paper `" + e.getKey() + "` (" + again.title() + ") is listed again; merge the two entries"
                    + " into one")
            .related(first.arxivId().orElseThrow().span(), "first listed here")
            .pointer(Pointers.paper(again))
            .report();
      }
    }
  }
}
