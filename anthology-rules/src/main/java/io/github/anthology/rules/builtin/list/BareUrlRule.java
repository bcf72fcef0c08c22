package io.github.anthology.rules.builtin.list;

import io.github.anthology.model.ReadingList;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Fix;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.List;

/**
 * URLs are written as links, not as plain text: a plain URL is a link only where the renderer
 * guesses so, and it gives the reader no title. The fix makes it an autolink, {@code <url>}.
 */
@RuleInfo(
    id = "list/bare-url",
    summary = "URLs in a reading list are links ([title](url) or <url>), not plain text.",
    severity = Severity.WARNING,
    fixable = true)
public final class BareUrlRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (ReadingList list : ctx.anthology().readingLists()) {
      for (Scalar url : list.bareUrls()) {
        ctx.at(url.span(), "`" + url.text() + "` is written as plain text; write it as a link, `[title]("
                + url.text() + ")` or `<" + url.text() + ">`")
            .pointer("link:" + url.text())
            .fix(new Fix("write `<" + url.text() + ">`", List.of(TextEdit.replace(url.span(), "<" + url.text() + ">"))))
            .report();
      }
    }
  }
}
