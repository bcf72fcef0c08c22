package io.github.anthology.rules.builtin.list;

import io.github.anthology.model.ReadingList;
import io.github.anthology.model.Resource;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.regex.Pattern;

/**
 * A link whose text is a URL goes to that URL. When the text shows one address and the link
 * leads to another (often a shortener such as t.co), readers cannot see where they are sent, and
 * the entry breaks when the redirect does.
 */
@RuleInfo(
    id = "list/link-text-url",
    summary = "A link whose text is a URL links to that same URL.",
    severity = Severity.WARNING)
public final class LinkTextUrlRule implements Rule {
  private static final Pattern URL = Pattern.compile("https?://\\S+");

  @Override
  public void check(RuleContext ctx) {
    for (ReadingList list : ctx.anthology().readingLists()) {
      for (Resource r : list.resources()) {
        String shown = r.title().strip();
        if (URL.matcher(shown).matches()
            && !Urls.address(shown).equals(Urls.address(r.url().text()))) {
          ctx.at(r.url().span(), "the link shows `" + shown + "` but goes to `" + r.url().text()
                  + "`; link to the address it shows, or show the address it goes to")
              .pointer("link:" + r.url().text())
              .report();
        }
      }
    }
  }
}
