package io.github.anthology.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.render.Fixtures;
import io.github.anthology.render.text.TextOut;
import io.github.anthology.render.view.Entry;
import io.github.anthology.render.view.RegistryView;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SiteRendererTest {
  private final RegistryView view = Fixtures.view(Fixtures.STATUSES);
  private final String html = SiteRenderer.render(view, List.of(), Optional.empty());

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  @Test
  void everyRecommendationIsATableRowInThePageItself() {
    assertThat(Pattern.compile("<tr id=\"rec-").matcher(html).results().count()).isEqualTo(view.entries().size());
    assertThat(html).contains("<td class=\"text\"><span class=\"rec-text\">Clip gradients at norm one</span>");
  }

  @Test
  void aRegistryLargerThanTheRowLimitLeavesItsRowsToTheScriptAndCarriesThemOnceAsData() throws Exception {
    String large = TextOut.text(out -> SiteRenderer.write(view, List.of(), Optional.empty(), view.entries().size() - 1, out));
    String atLimit = TextOut.text(out -> SiteRenderer.write(view, List.of(), Optional.empty(), view.entries().size(), out));

    assertThat(atLimit).isEqualTo(html);
    assertThat(large).doesNotContain("<tr id=\"rec-").contains("The table of 8 recommendations is drawn by the page's script")
        .doesNotContain("<img");
    String json = between(large, "<script type=\"application/json\" id=\"anthology-data\">", "</script>");
    assertThat(new ObjectMapper().readTree(json).get("recommendations")).hasSize(view.entries().size());
  }

  @Test
  void userTextIsEscapedEverywhereItAppears() {
    assertThat(html).doesNotContain("<img").doesNotContain("<b>Title")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("Hostile &lt;b&gt;Title&lt;/b&gt; &amp; Co")
        .contains("Implementations: llama2, gpt-&lt;2&gt;");
  }

  @Test
  void theEmbeddedDataCannotCloseItsScriptElementAndReadsBackWhole() throws Exception {
    String json = between(html, "<script type=\"application/json\" id=\"anthology-data\">", "</script>");

    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    JsonNode data = new ObjectMapper().readTree(json);
    List<String> texts = new ArrayList<>();
    data.get("recommendations").forEach(r -> texts.add(r.get("text").asText()));
    assertThat(texts).containsExactlyElementsOf(view.entries().stream().map(Entry::text).toList());
    assertThat(data.get("topics").toString()).isEqualTo("[\"training-optimization\",\"model-stability\",\"data-pipeline\"]");
  }

  @Test
  void theContentSecurityPolicyPinsExactlyTheInlineStyleAndScript() throws Exception {
    String style = between(html, "<style>", "</style>");
    String script = between(html, "<script>", "</script>");

    assertThat(html).contains("style-src '" + sha256(style) + "'").contains("script-src '" + sha256(script) + "'")
        .contains("default-src 'none'");
  }

  @Test
  void thePageLoadsNothingFromElsewhere() {
    assertThat(html).doesNotContain("<link").doesNotContain("@import").doesNotContainPattern("<[^<>]*\\ssrc=");
    assertThat(html.replace("url(#arrow)", "")).doesNotContain("url(");
    Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (hrefs.find()) {
      assertThat(hrefs.group(1)).startsWith("https://arxiv.org/abs/");
    }
  }

  @Test
  void theScriptNeverWritesMarkupFromData() {
    String script = between(html, "<script>", "</script>");

    assertThat(script).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
        .doesNotContain("document.write").doesNotContain("eval(");
  }

  @Test
  void theTaxonomyGraphDrawsTopicsParentsReplacementsAndSuggestedMerges() {
    Finding overlap = Finding.builder().ruleId(MergeSuggestions.RULE_ID).severity(Severity.WARNING)
        .span(SourceSpan.ofFile("taxonomy.yaml")).message("topics share 3 of 3 <recommendations>")
        .pointer("topic:data-pipeline+attention-techniques").build();
    String svg = between(SiteRenderer.render(view, List.of(overlap), Optional.empty()), "<svg", "</svg>");

    assertThat(Pattern.compile("<g class=\"topic").matcher(svg).results().count()).isEqualTo(5);
    assertThat(svg).contains("<g class=\"topic deprecated\" data-topic=\"attention\"")
        .contains("<title>training-optimization parent of model-stability</title>")
        .contains("<title>attention replaced by attention-techniques</title>")
        .contains("class=\"edge-merge\"").contains("<title>topics share 3 of 3 &lt;recommendations&gt;</title>");
  }

  @Test
  void aDateAppearsOnlyWhenGiven() {
    assertThat(html).doesNotContain("Last updated");
    assertThat(SiteRenderer.render(view, List.of(), Optional.of(java.time.LocalDate.of(2026, 1, 2))))
        .contains("Last updated 2026-01-02.");
  }

  private static String sha256(String text) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return "sha256-" + Base64.getEncoder().encodeToString(digest);
  }
}
