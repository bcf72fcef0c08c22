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
    assertThat(RuleHelp.of("summary", Optional.of(PAGE), Optional.of(DocLinks.rule("naming/format"))).fullDescription())
        .isEqualTo("One spelling everywhere, so filters find every tag. See the conventions.");
  }

  @Test
  void relativeLinksInTheHelpPointAtThePublishedDocs() {
    String markdown = RuleHelp.of("summary", Optional.of(PAGE), Optional.of(DocLinks.rule("naming/format"))).markdown();
    assertThat(markdown)
        .contains("](" + DocLinks.DOCS_BASE + "conventions.md#naming)")
        .contains("](" + DocLinks.rule("naming/format") + "#rationale)")
        .contains("](https://example.org/x)");
  }

  @Test
  void aRuleWithoutAPageIsDescribedByItsSummaryAndTheAddressItDeclares() {
    RuleHelp help = RuleHelp.of("Checks something.", Optional.empty(), Optional.of("https://rules.example/plugin"));
    assertThat(help.fullDescription()).isEqualTo("Checks something.");
    assertThat(help.text()).contains("https://rules.example/plugin");
    assertThat(help.markdown()).contains("[Documentation](https://rules.example/plugin)");
  }

  @Test
  void aPluginRuleThatDeclaresNoAddressIsNeverLinkedIntoAnthologysPages() {
    RuleHelp help = RuleHelp.of("Checks something.", Optional.of("# custom/plugin\n\nSee [the options](#options).\n"),
        Optional.empty());
    assertThat(help.markdown()).doesNotContain(DocLinks.DOCS_BASE).contains("](#options)");
    assertThat(RuleHelp.of("Checks something.", Optional.empty(), Optional.empty()).text()).isEqualTo("Checks something.");
  }

  @Test
  void aPageWithoutARationaleFallsBackToTheSummary() {
    assertThat(RuleHelp.of("Summary.", Optional.of("# x/y\n\nText.\n"), Optional.empty()).fullDescription()).isEqualTo("Summary.");
  }
}
