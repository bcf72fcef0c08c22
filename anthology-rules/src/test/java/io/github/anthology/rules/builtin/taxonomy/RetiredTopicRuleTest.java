package io.github.anthology.rules.builtin.taxonomy;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.registry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetiredTopicRuleTest {
  private static final String TAXONOMY = """
      topics:
        - name: training-optimization
          previously: [optimization, scaling-laws]
        - name: attention-techniques
        - name: attention
          status: deprecated
          deprecated: {reason: merged, date: 2025-06-08, replaced_by: attention-techniques}
      """;
  private static final String RESEARCH = """
      2017:
        - title: T
          topics: [attention, "optimization"]
      """;

  @Test
  void deprecatedAndConsolidatedNamesAreReportedWithTheirSuccessor() {
    List<Finding> findings = lint(new RetiredTopicRule(), registry(TAXONOMY, RESEARCH));
    assertThat(lines(findings)).containsExactly(
        "3:14 topic `attention` is retired (deprecated (merged)); retag it `attention-techniques`",
        "3:25 topic `optimization` is retired (consolidated into `training-optimization`); retag it"
            + " `training-optimization`");
    assertThat(findings.get(1).related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(3));
  }

  @Test
  void theFixRetagsKeepingQuotes() {
    List<Finding> findings = lint(new RetiredTopicRule(), registry(TAXONOMY, RESEARCH));
    TextEdit plain = findings.get(0).fixes().get(0).edits().get(0);
    TextEdit quoted = findings.get(1).fixes().get(0).edits().get(0);
    String fixed = RESEARCH.substring(0, plain.startOffset()) + plain.replacement()
        + RESEARCH.substring(plain.endOffset(), quoted.startOffset()) + quoted.replacement()
        + RESEARCH.substring(quoted.endOffset());
    assertThat(fixed).contains("topics: [attention-techniques, \"training-optimization\"]");
  }

  @Test
  void successorIsFollowedAlongAChainOfDeprecations() {
    String taxonomy = TAXONOMY + """
          - name: attn
            status: deprecated
            deprecated: {reason: renamed, date: 2024-01-01, replaced_by: attention}
        """;
    assertThat(lines(lint(new RetiredTopicRule(), registry(taxonomy, "2017:\n  - title: T\n    topics: [attn]\n"))))
        .singleElement().asString().endsWith("retag it `attention-techniques`");
  }

  @Test
  void activeTopicsAndRegistriesWithoutTaxonomyAreAccepted() {
    assertThat(lint(new RetiredTopicRule(), registry(TAXONOMY, "2017:\n  - title: T\n    topics: [attention-techniques]\n")))
        .isEmpty();
    assertThat(lint(new RetiredTopicRule(), registry(null, RESEARCH))).isEmpty();
  }

  @Test
  void aDeprecatedParentOrRelatedTopicOfAnActiveTopicIsReportedWithItsSuccessor() {
    List<Finding> findings = lint(new RetiredTopicRule(), registry(TAXONOMY
        + "  - name: flash-attention\n    parent: attention\n    related: [optimization]\n", null));
    assertThat(lines(findings)).containsExactly(
        "9:13 topic `attention` is retired (deprecated (merged)); retag it `attention-techniques`",
        "10:15 topic `optimization` is retired (consolidated into `training-optimization`); retag it `training-optimization`");
  }

  @Test
  void aRetagThatWouldRepeatATagRemovesTheRetiredTagInstead() {
    String research = """
        2017:
          - title: Goyal
            topics:
              - distributed-optimization
              - optimization
              - training-optimization
              - computer-vision
              - scaling-laws
        """;
    List<Finding> findings = io.github.anthology.rules.Fixtures.lintWithTexts(new RetiredTopicRule(), research, TAXONOMY);
    assertThat(findings).hasSize(2);
    String once = io.github.anthology.rules.Fixtures.fixed(research, findings.get(0));
    assertThat(once).contains("      - training-optimization\n      - training-optimization\n"); // retagged in place
    String twice = io.github.anthology.rules.Fixtures.fixed(research, findings.get(1));
    assertThat(twice).doesNotContain("scaling-laws").endsWith("      - computer-vision\n");
    assertThat(findings.get(1).fixes().get(0).description()).contains("already tagged `training-optimization`");
  }
}
