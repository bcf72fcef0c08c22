package io.github.anthology.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.render.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicsMarkdownTest {
  private static final String STRUCTURE = TopicsMarkdown.TITLE + " / " + TopicsMarkdown.STRUCTURE + " / ";

  @Test
  void theExampleTaxonomyGivesItsSevenTopicsNumberedInOrder() {
    MarkdownTree tree = MarkdownTree.parse(TopicsMarkdown.render(Fixtures.view(Fixtures.EXAMPLE)));

    assertThat(tree.headings(3)).containsExactly(
        "1. training-optimization", "2. systems-optimization", "3. model-stability", "4. distributed-optimization",
        "5. data-pipeline", "6. attention-techniques", "7. model-architecture");
    assertThat(tree.headings(2)).containsExactly("Topic Structure", "Naming Conventions", "Maintenance Rules");
  }

  @Test
  void eachTopicShowsSummaryPreviousNamesScopeAndCounts() {
    String md = TopicsMarkdown.render(Fixtures.view(Fixtures.EXAMPLE));

    assertThat(md).contains("### 1. training-optimization\n\nTraining-related performance and methodology\n\n- Kind: process\n")
        .contains("- Previously covered by:\n  - training-efficiency\n  - training-dynamics\n")
        .contains("- Scope:\n  - Learning rate schedules\n")
        .contains("- Key references: [arXiv:1412.6980](https://arxiv.org/abs/1412.6980)");
    Map<String, List<String>> items = MarkdownTree.parse(md).itemsByHeadingPath();
    assertThat(items.get(STRUCTURE + "1. training-optimization"))
        .contains("Recommendations: 2 with this primary topic, 4 tagged in all");
  }

  @Test
  void deprecatedTopicsKeepTheirRecordOutsideTheNumberedList() {
    String md = TopicsMarkdown.render(Fixtures.view(Fixtures.STATUSES));
    MarkdownTree tree = MarkdownTree.parse(md);

    assertThat(tree.headings(3)).startsWith("1. training-optimization", "2. model-stability", "3. data-pipeline",
        "4. attention-techniques", "attention");
    assertThat(tree.itemsByHeadingPath().get(TopicsMarkdown.TITLE + " / Deprecated Topics / attention"))
        .containsExactly("Reason: merged", "Deprecated on: 2025-06-08", "Replaced by: attention-techniques");
    assertThat(md).contains("- Parent: training-optimization\n");
  }

  @Test
  void withoutATaxonomyTheTopicsInUseAreListed() {
    String md = TopicsMarkdown.render(Fixtures.view(Fixtures.STATUSES.resolveSibling("untagged")));

    assertThat(md).contains("No taxonomy is declared");
    assertThat(MarkdownTree.parse(md).headings(3)).containsExactly("1. zeta-topic", "2. Alpha-topic");
  }

  @Test
  void theTaxonomyIsNamedByItsFileNameWhateverPathItWasReadBy() {
    String md = TopicsMarkdown.render(Fixtures.view(Fixtures.EXAMPLE));
    assertThat(md).contains("Generated from the declared taxonomy (taxonomy.yaml).").doesNotContain("/taxonomy.yaml");
    assertThat(TopicsMarkdown.fileName("/tmp/x/taxonomy.yaml")).isEqualTo(TopicsMarkdown.fileName("taxonomy.yaml"));
  }
}
