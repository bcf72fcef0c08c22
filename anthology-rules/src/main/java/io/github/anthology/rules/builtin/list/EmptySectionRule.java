package io.github.anthology.rules.builtin.list;

import io.github.anthology.model.Heading;
import io.github.anthology.model.ReadingList;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.List;

/** A section holds something: text, entries, or a sub-section; a bare heading is a placeholder left behind. */
@RuleInfo(
    id = "list/empty-section",
    summary = "Every section of a reading list holds entries, text or a sub-section.",
    severity = Severity.WARNING)
public final class EmptySectionRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (ReadingList list : ctx.anthology().readingLists()) {
      List<Heading> headings = list.headings();
      for (int i = 0; i < headings.size(); i++) {
        Heading h = headings.get(i);
        boolean hasSubsection = i + 1 < headings.size() && headings.get(i + 1).level() > h.level();
        if (h.contentBlocks() == 0 && !hasSubsection) {
          ctx.at(h.span(), "section `" + h.text() + "` is empty; add its entries or remove the heading")
              .pointer("section:" + h.anchor())
              .report();
        }
      }
    }
  }
}
