package io.github.anthology.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleHelpTest {
  private static final String PAGE = """
      # naming/format

      Topic names are hyphenated-lowercase.

      ## Rationale

      One spelling everywhere,
      so filters find every tag. See [the conventions](../../conventions.md#naming).

      Second paragraph.

      ## Options

      See [above](#rationale) and [the web](https://example.org/x).
      """;

  @Test
  void theFullDescriptionIsTheFirstParagraphOfTheRationale() {
    assertThat(RuleHelp.of("naming/format", "summary", Optional.of(PAGE)).fullDescription())
        .isEqualTo("One spelling everywhere, so filters find every tag. See the conventions.");
  }

  @Test
  void relativeLinksInTheHelpPointAtThePublishedDocs() {
    String markdown = RuleHelp.of("naming/format", "summary", Optional.of(PAGE)).markdown();
    assertThat(markdown)
        .contains("](" + DocLinks.DOCS_BASE + "conventions.md#naming)")
        .contains("](" + DocLinks.rule("naming/format") + "#rationale)")
        .contains("](https://example.org/x)");
  }

  @Test
  void aRuleWithoutAPageIsDescribedByItsSummaryAndWhereItsPageWouldBe() {
    RuleHelp help = RuleHelp.of("custom/plugin", "Checks something.", Optional.empty());
    assertThat(help.fullDescription()).isEqualTo("Checks something.");
    assertThat(help.text()).contains(DocLinks.rule("custom/plugin"));
    assertThat(help.markdown()).contains("[Documentation](" + DocLinks.rule("custom/plugin") + ")");
  }

  @Test
  void aPageWithoutARationaleFallsBackToTheSummary() {
    assertThat(RuleHelp.of("x/y", "Summary.", Optional.of("# x/y\n\nText.\n")).fullDescription()).isEqualTo("Summary.");
  }
}
