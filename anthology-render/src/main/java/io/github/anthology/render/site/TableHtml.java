package io.github.anthology.render.site;

import static io.github.anthology.render.site.Html.escape;

import io.github.anthology.render.text.TextOut;
import io.github.anthology.render.view.Arxiv;
import io.github.anthology.render.view.Chain;
import io.github.anthology.render.view.Entry;
import io.github.anthology.render.view.RegistryView;

/**
 * The table of recommendations, rendered into the page so it shows before (and without) any script;
 * site.js draws the same rows from the data when a large page leaves them out.
 */
final class TableHtml {
  private TableHtml() {}

  /** What a page whose rows the script draws shows in their place until it does (or without script). */
  static String drawnByScript(int recommendations) {
    return "<tr class=\"note\"><td colspan=\"5\">The table of " + recommendations
        + " recommendations is drawn by the page's script; without it, read REGISTRY.md.</td></tr>\n";
  }

  static void rows(RegistryView view, TextOut html) {
    for (Entry e : view.entries()) {
      html.append("<tr id=\"rec-").append(e.key()).append("\" data-key=\"").append(e.key()).append("\">")
          .append("<td class=\"text\"><span class=\"rec-text\">").append(escape(e.text())).append("</span>");
      e.id().ifPresent(id -> html.append("<span class=\"rec-id\">").append(escape(id)).append("</span>"));
      if (!e.implementations().isEmpty()) {
        html.append("<span class=\"impl\">Implementations: ").append(escape(String.join(", ", e.implementations()))).append("</span>");
      }
      html.append("</td><td class=\"topic\">").append(escape(e.topic())).append("</td>")
          .append("<td><span class=\"status status-").append(e.status().label()).append("\">")
          .append(e.status().label()).append("</span>");
      Chain chain = view.chainOf(e);
      if (!chain.isEmpty()) {
        html.append("<span class=\"chain\">→ ")
            .append(escape(String.join(" → ", chain.links().stream().map(l -> l.label()).toList())))
            .append(chain.cycle() ? " ↺" : "").append("</span>");
      }
      html.append("</td><td class=\"year\">").append(e.year().isPresent() ? Integer.toString(e.year().getAsInt()) : "")
          .append("</td><td class=\"paper\">");
      String title = escape(e.paperTitle().orElse(""));
      String url = e.arxivId().flatMap(Arxiv::url).orElse(null);
      if (url == null) {
        html.append(title);
      } else {
        html.append("<a href=\"").append(escape(url)).append("\">").append(title).append("</a>");
      }
      e.firstAuthor().ifPresent(a -> html.append("<span class=\"author\">").append(escape(a)).append("</span>"));
      html.append("</td></tr>\n");
    }
  }
}
