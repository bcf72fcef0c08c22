package io.github.anthology.render.site;

import static io.github.anthology.render.site.Html.escape;

import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.diff.DiffItem;
import io.github.anthology.rules.diff.DiffSection;
import io.github.anthology.rules.diff.FieldChange;
import io.github.anthology.rules.diff.Modification;
import java.util.List;
import java.util.stream.Collectors;

/** The page's "What changed" section and its lint findings section, every text escaped. */
final class ChangesHtml {
  private ChangesHtml() {}

  static String changes(SiteExtras.Changes changes) {
    StringBuilder h = new StringBuilder("<section id=\"changes\" class=\"changes\">\n<h2>What changed</h2>\n<p class=\"since\">Since ")
        .append(escape(changes.since())).append(".</p>\n");
    if (changes.diff().isEmpty()) {
      return h.append("<p>No changes.</p>\n</section>\n").toString();
    }
    section(h, "Recommendations", changes.diff().recommendations(), "text");
    section(h, "Papers", changes.diff().papers(), "title");
    section(h, "Topics", changes.diff().topics(), "name");
    if (!changes.diff().findings().isEmpty()) {
      h.append("<h3>Findings</h3>\n<ul>\n");
      changes.diff().findings().introduced().forEach(f -> h.append("<li class=\"added\">Introduced: ").append(finding(f)).append("</li>\n"));
      changes.diff().findings().resolved().forEach(f -> h.append("<li class=\"removed\">Resolved: ").append(finding(f)).append("</li>\n"));
      h.append("</ul>\n");
    }
    return h.append("</section>\n").toString();
  }

  static String findings(List<Finding> findings) {
    StringBuilder h = new StringBuilder("<section id=\"findings\" class=\"findings\">\n<h2>Lint findings (")
        .append(findings.size()).append(")</h2>\n");
    if (findings.isEmpty()) {
      return h.append("<p>No findings.</p>\n</section>\n").toString();
    }
    h.append("<ul>\n");
    findings.forEach(f -> h.append("<li class=\"").append(f.severity().label()).append("\">").append(finding(f)).append("</li>\n"));
    return h.append("</ul>\n</section>\n").toString();
  }

  private static void section(StringBuilder h, String title, DiffSection s, String field) {
    if (s.isEmpty()) {
      return;
    }
    h.append("<h3>").append(title).append("</h3>\n<ul>\n");
    s.added().forEach(i -> h.append("<li class=\"added\">Added: ").append(name(i, field)).append("</li>\n"));
    s.removed().forEach(i -> h.append("<li class=\"removed\">Removed: ").append(name(i, field)).append("</li>\n"));
    for (Modification m : s.changed()) {
      h.append("<li class=\"changed\">").append(name(m.after(), field)).append(": ")
          .append(m.changes().stream().map(ChangesHtml::change).collect(Collectors.joining("; "))).append("</li>\n");
    }
    h.append("</ul>\n");
  }

  private static String name(DiffItem item, String field) {
    String shown = item.field(field).isEmpty() ? item.key() : item.field(field);
    return "<span class=\"entity\">" + escape(shown) + "</span>";
  }

  private static String change(FieldChange c) {
    return "<em>" + escape(c.kind().replace('_', ' ')) + "</em> " + escape(String.join(", ", c.before())) + " → "
        + escape(String.join(", ", c.after()));
  }

  private static String finding(Finding f) {
    return "<code>" + escape(f.span().location()) + "</code> " + escape(f.severity().label()) + " <code>"
        + escape(f.ruleId()) + "</code>: " + escape(f.message());
  }
}
