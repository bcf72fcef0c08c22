package io.github.anthology.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.render.Fixtures;
import io.github.anthology.render.view.RegistryView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class RegistryMarkdownTest {
  private static final List<String> SECTIONS = List.of(
      "ML Training Recommendations Registry", "Experimental Recommendations", "Standard Recommendations",
      "Deprecated Recommendations", "Statistics");

  private static List<String> listed(Map<String, List<String>> items, String section) {
    List<String> out = new ArrayList<>();
    items.forEach((path, texts) -> {
      if (path.contains(" / " + section + " / ")) {
        out.addAll(texts);
      }
    });
    return out;
  }

  private static List<String> allListed(String markdown) {
    Map<String, List<String>> items = MarkdownTree.parse(markdown).itemsByHeadingPath();
    List<String> out = new ArrayList<>();
    for (String s : List.of("Experimental Recommendations", "Standard Recommendations", "Deprecated Recommendations")) {
      out.addAll(listed(items, s));
    }
    return out;
  }

  @Test
  void theRealRegistryListsEachOfIts119RecommendationsExactlyOnce() {
    RegistryView view = Fixtures.view(Fixtures.REAL);
    List<String> expected = view.entries().stream().map(e -> MarkdownText.normalise(e.text())).sorted().toList();

    List<String> listed = allListed(RegistryMarkdown.render(view, Optional.empty()));

    assertThat(expected).hasSize(119);
    assertThat(listed.stream().sorted().toList()).isEqualTo(expected);
  }

  @Test
  void sectionsComeInTheReferenceOrder() {
    String md = RegistryMarkdown.render(Fixtures.view(Fixtures.STATUSES), Optional.empty());
    MarkdownTree tree = MarkdownTree.parse(md);

    List<String> headings = new ArrayList<>(tree.headings(1));
    headings.addAll(tree.headings(2));

    assertThat(headings).containsExactlyElementsOf(SECTIONS);
  }

  @Test
  void eachRecommendationAppearsOnlyUnderItsOwnStatusAndTopic() {
    RegistryView view = Fixtures.view(Fixtures.STATUSES);
    Map<String, List<String>> items = MarkdownTree.parse(RegistryMarkdown.render(view, Optional.empty())).itemsByHeadingPath();
    String root = RegistryMarkdown.TITLE + " / ";

    assertThat(items.get(root + "Experimental Recommendations / training-optimization"))
        .containsExactly("Try the new optimizer on small models first");
    assertThat(items.get(root + "Standard Recommendations / training-optimization"))
        .containsExactly("Use the new optimizer's default betas");
    assertThat(items.get(root + "Deprecated Recommendations / training-optimization"))
        .containsExactly("Use the old optimizer with warm restarts");
    assertThat(items.get(root + "Deprecated Recommendations / model-stability"))
        .containsExactly("Clip gradients at norm one", "Clip gradients adaptively");
    assertThat(allListed(RegistryMarkdown.render(view, Optional.empty())))
        .hasSize(view.entries().size()).doesNotHaveDuplicates();
  }

  @Test
  void topicsFollowTheTaxonomyOrder() {
    Map<String, List<String>> items = MarkdownTree.parse(
        RegistryMarkdown.render(Fixtures.view(Fixtures.STATUSES), Optional.empty())).itemsByHeadingPath();

    assertThat(items.keySet().stream().filter(k -> k.contains("/ Deprecated Recommendations /")).toList())
        .extracting(k -> k.substring(k.lastIndexOf('/') + 2))
        .containsExactly("training-optimization", "model-stability");
  }

  @Test
  void noDateIsWrittenUnlessOneIsGiven() {
    RegistryView view = Fixtures.view(Fixtures.STATUSES);

    assertThat(RegistryMarkdown.render(view, Optional.empty())).doesNotContain("Last updated");
    assertThat(RegistryMarkdown.render(view, Optional.of(LocalDate.of(2026, 8, 2)))).contains("Last updated: 2026-08-02\n");
  }

  @Test
  void detailsNameTheSourceImplementationsReasonAndSupersession() {
    String md = RegistryMarkdown.render(Fixtures.view(Fixtures.STATUSES), Optional.empty());

    assertThat(md).contains("  - Source: Old Optimizer (Early, 2019), [arXiv:1901.00001](https://arxiv.org/abs/1901.00001)\n")
        .contains("  - Implementations: optax\n")
        .contains("  - Implementations: llama2, gpt-\\<2\\>\n")
        .contains("  - Reason: Adaptive clipping works better\n")
        .contains("  - Superseded by: New Optimizer (Later 2022) ([arXiv:2201.00002](https://arxiv.org/abs/2201.00002))\n")
        .contains("  - Superseded by: MLR-2021-Circle002-0001 ([arXiv:2101.00004](https://arxiv.org/abs/2101.00004))"
            + " (and back: the chain is a cycle)\n");
  }

  @Test
  void statisticsGiveCountAndYearRangePerTopic() {
    Map<String, List<String>> items = MarkdownTree.parse(
        RegistryMarkdown.render(Fixtures.view(Fixtures.STATUSES), Optional.empty())).itemsByHeadingPath();
    String stats = RegistryMarkdown.TITLE + " / Statistics / ";

    assertThat(items.get(stats + "training-optimization")).containsExactly("Total recommendations: 3", "Year range: 2019 - 2022");
    assertThat(items.get(stats + "model-stability")).containsExactly("Total recommendations: 2", "Year range: 2020 - 2021");
    assertThat(items.get(stats + "data-pipeline")).containsExactly("Total recommendations: 3", "Year range: 2021 - 2021");
  }

  @Test
  void markupInUserTextIsShownLiterallyAndNeverBecomesHtml() {
    String md = RegistryMarkdown.render(Fixtures.view(Fixtures.STATUSES), Optional.empty());
    String html = HtmlRenderer.builder().build().render(MarkdownTree.parse(md).document());

    assertThat(allListed(md)).contains("<img src=x onerror=alert(1)>",
        "# not a heading *nor emphasis* [nor](a link) `nor code` & no &amp; entity", "1. not a list either");
    assertThat(html).doesNotContain("<img").doesNotContain("<code>").doesNotContain("<em>")
        .doesNotContain("href=\"a").doesNotContain("<ol>").contains("&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void recommendationsWithoutATopicAreGroupedLastAfterTheNamesInUseAlphabetically() {
    RegistryView view = Fixtures.view(Fixtures.STATUSES.resolveSibling("untagged"));
    Map<String, List<String>> items = MarkdownTree.parse(RegistryMarkdown.render(view, Optional.empty())).itemsByHeadingPath();
    String standard = RegistryMarkdown.TITLE + " / Standard Recommendations / ";

    assertThat(view.topics()).containsExactly("Alpha-topic", "zeta-topic", RegistryView.NO_TOPIC);
    assertThat(items.get(standard + RegistryView.NO_TOPIC)).containsExactly("Second");
  }
}
