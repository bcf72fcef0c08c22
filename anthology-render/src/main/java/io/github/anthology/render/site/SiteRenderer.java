package io.github.anthology.render.site;

import static io.github.anthology.render.site.Html.escape;
import static io.github.anthology.render.site.Template.text;

import io.github.anthology.model.Status;
import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.render.markdown.RegistryMarkdown;
import io.github.anthology.render.text.TextOut;
import io.github.anthology.render.view.RegistryView;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.RegistryIndex;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The static site: one index.html that works from {@code file://} with no network. The table is in
 * the HTML (up to a size), the data is embedded as JSON for the script, the style and script are inline and pinned
 * by hash in a Content-Security-Policy, so nothing else can run even if text were mis-escaped.
 */
public final class SiteRenderer {
  public static final String INDEX = "index.html";
  /** The most recommendations whose table rows index.html carries as HTML, by default. */
  public static final int ROWS_IN_PAGE = 5_000;

  private SiteRenderer() {}

  public static String render(RegistryView view, List<Finding> overlapFindings, Optional<LocalDate> date) {
    return TextOut.text(out -> write(view, overlapFindings, date, ROWS_IN_PAGE, out));
  }

  /**
   * Writes index.html to {@code out}: the table and the data go straight out, row by row. A registry
   * of more than {@code rowsInPage} recommendations gets no table rows in the HTML: the page's
   * script draws them from the embedded data, which keeps a 100k-recommendation page half the size
   * (every recommendation would otherwise be there twice).
   */
  public static void write(RegistryView view, List<Finding> overlapFindings, Optional<LocalDate> date, int rowsInPage,
      TextOut out) {
    write(view, overlapFindings, date, rowsInPage, SiteExtras.NONE, out);
  }

  /**
   * Writes index.html with the extras: a "What changed" section, a findings section, and for the
   * live preview a script (pinned by hash like the page's own) that asks the server which build is
   * current and reloads the page when it is newer; only then may the page connect to its own origin.
   */
  public static void write(RegistryView view, List<Finding> overlapFindings, Optional<LocalDate> date, int rowsInPage,
      SiteExtras extras, TextOut out) {
    Taxonomy taxonomy = new RegistryIndex(view.anthology()).taxonomy();
    Set<String> drawn = new LinkedHashSet<>();
    if (taxonomy.declared()) {
      taxonomy.topics().forEach(t -> drawn.add(t.nameText()));
    } else {
      view.topics().stream().filter(t -> !t.equals(RegistryView.NO_TOPIC)).forEach(drawn::add);
    }
    List<Merge> merges = MergeSuggestions.from(overlapFindings, taxonomy.topics().stream().map(Topic::nameText).toList());
    merges.forEach(m -> {
      drawn.add(m.topic());
      drawn.add(m.other());
    });
    Map<String, Integer> counts = new HashMap<>();
    view.entries().forEach(e -> counts.merge(e.topic(), 1, Integer::sum));

    String style = Template.resource("site.css");
    String script = Template.resource("site.js");
    Map<String, Consumer<TextOut>> values = new HashMap<>();
    values.put("title", text(escape(RegistryMarkdown.TITLE)));
    values.put("summary", text(escape(view.summary() + date.map(d -> " Last updated " + d + ".").orElse(""))));
    values.put("count", text(view.entries().size() + " of " + view.entries().size() + " recommendations"));
    values.put("topicOptions", text(options(view.topics())));
    values.put("statusOptions", text(options(List.of(Status.values()).stream().map(Status::label).toList())));
    values.put("yearOptions", text(options(view.years().stream().map(y -> Integer.toString(y)).toList())));
    values.put("rows", view.entries().size() <= rowsInPage ? html -> TableHtml.rows(view, html)
        : text(TableHtml.drawnByScript(view.entries().size())));
    values.put("svg", text(TaxonomySvg.render(taxonomy, List.copyOf(drawn), counts, merges)));
    values.put("data", json -> SiteData.write(view, json));
    values.put("style", text(style));
    values.put("script", text(script));
    values.put("styleHash", text(sha256(style)));
    String live = extras.liveBuild().map(b -> Template.resource("live.js")).orElse("");
    values.put("scriptHash", text(sha256(script) + (live.isEmpty() ? "" : "' '" + sha256(live))));
    values.put("connectSrc", text(live.isEmpty() ? "" : "; connect-src 'self'"));
    values.put("liveMeta", text(extras.liveBuild().map(b -> "\n<meta name=\"anthology-build\" content=\"" + b + "\">").orElse("")));
    values.put("liveScript", text(live.isEmpty() ? "" : "\n<script>" + live + "</script>"));
    values.put("extraSections", text(extras.changes().map(ChangesHtml::changes).orElse("")
        + extras.findings().map(ChangesHtml::findings).orElse("")));
    Template.fill(Template.resource(INDEX), values, out);
  }

  private static String options(List<String> values) {
    return values.stream().map(v -> "<option value=\"" + escape(v) + "\">" + escape(v) + "</option>")
        .collect(Collectors.joining());
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
