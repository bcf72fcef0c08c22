package io.github.anthology.rules.builtin.list;

import io.github.anthology.model.ReadingList;
import io.github.anthology.model.Resource;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A reading list names each resource once. Links are compared without a trailing slash and with
 * the scheme and host in lower case; a different {@code #fragment} is a different place.
 */
@RuleInfo(
    id = "list/duplicate-link",
    summary = "A reading list links to each resource once.",
    severity = Severity.WARNING)
public final class DuplicateLinkRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (ReadingList list : ctx.anthology().readingLists()) {
      Map<String, Resource> first = new HashMap<>();
      for (Resource r : list.resources()) {
        String key = normalise(r.url().text());
        Resource earlier = first.putIfAbsent(key, r);
        if (earlier != null) {
          ctx.at(r.url().span(), "`" + r.url().text() + "` is already listed (line " + earlier.span().line()
                  + ", under " + section(earlier) + "); keep one entry and merge what they say")
              .related(earlier.url().span(), "first listed here")
              .pointer("link:" + key)
              .report();
        }
      }
    }
  }

  private static String section(Resource r) {
    return r.sectionPath().isEmpty() ? "no heading" : "`" + r.sectionPath().get(r.sectionPath().size() - 1) + "`";
  }

  static String normalise(String url) {
    String u = url.strip();
    int scheme = u.indexOf("://");
    if (scheme > 0) {
      int pathStart = u.indexOf('/', scheme + 3);
      int end = pathStart < 0 ? u.length() : pathStart;
      u = u.substring(0, end).toLowerCase(Locale.ROOT) + u.substring(end);
    }
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }
}
