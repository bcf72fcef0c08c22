package io.github.anthology.rules.builtin.list;

import io.github.anthology.model.ReadingList;
import io.github.anthology.model.Resource;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reading list names each resource once, as awesome-lint judges it: only an entry's own link
 * counts (a link mentioned in another entry's description, "a fork of [X]", is no second entry);
 * links are compared as the same resource whatever their scheme ({@code http}/{@code https}),
 * {@code www.}, host case, default port, trailing slash or directory index; a different
 * {@code #fragment} is a different place. Each repeated resource is one finding, at its second
 * listing, with every other listing related.
 */
@RuleInfo(
    id = "list/duplicate-link",
    summary = "A reading list links to each resource once.",
    severity = Severity.WARNING)
public final class DuplicateLinkRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (ReadingList list : ctx.anthology().readingLists()) {
      Map<String, List<Resource>> byKey = new LinkedHashMap<>();
      for (Resource r : list.resources()) {
        if (!r.mentioned()) {
          byKey.computeIfAbsent(Urls.resourceKey(r.url().text()), k -> new ArrayList<>()).add(r);
        }
      }
      byKey.forEach((key, listed) -> {
        if (listed.size() > 1) {
          report(ctx, key, listed);
        }
      });
    }
  }

  private static void report(RuleContext ctx, String key, List<Resource> listed) {
    Resource first = listed.get(0);
    Resource again = listed.get(1);
    String times = listed.size() == 2 ? "" : " (" + listed.size() + " times in all)";
    RuleContext.Report report = ctx.at(again.url().span(), "`" + again.url().text() + "` is already listed under "
            + section(first) + times + "; keep one entry and merge what they say")
        .related(first.url().span(), "first listed here");
    for (Resource more : listed.subList(2, listed.size())) {
      report.related(more.url().span(), "listed again here");
    }
    report.pointer("link:" + key).report();
  }

  private static String section(Resource r) {
    return r.sectionPath().isEmpty() ? "no heading" : "`" + r.sectionPath().get(r.sectionPath().size() - 1) + "`";
  }
}
