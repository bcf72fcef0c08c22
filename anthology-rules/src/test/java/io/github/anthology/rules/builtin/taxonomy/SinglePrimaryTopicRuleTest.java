package io.github.anthology.rules.builtin.taxonomy;

import static io.github.anthology.rules.Fixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SinglePrimaryTopicRuleTest {
  private final SinglePrimaryTopicRule rule = new SinglePrimaryTopicRule();

  @Test
  void aRecommendationTakesItsPaperFirstTopicAsItsOnePrimary() {
    String research = "2020:\n  - title: A\n    year: 2020\n    topics: [a, b]\n    sota: [x, y]\n";
    assertThat(lint(rule, research, null)).isEmpty();
  }

  @Test
  void aPaperWithoutTopicsLeavesItsRecommendationsWithoutAPrimary() {
    String research = "2020:\n  - title: A\n    year: 2020\n    sota:\n      - x\n";
    assertThat(lint(rule, research, null)).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("recommendation has no primary topic");
      assertThat(f.span().line()).isEqualTo(5);
      assertThat(f.pointer()).contains("/2020/0/sota/0");
    });
  }

  @Test
  void anItemWithTwoPrimaryTopicsIsReportedNamingThem() {
    String research = """
        2020:
          - title: A
            year: 2020
            topics: [a]
            sota:
              - {text: x, id: MLR-2020-A001-0001, topic: [a, b]}
        """;
    assertThat(lint(rule, research, null)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("2 primary topics (a, b)");
      assertThat(f.pointer()).contains("recommendation:MLR-2020-A001-0001");
    });
  }

  @Test
  void anItemThatStatesItsOwnTopicOverridesThePaper() {
    String research = "2020:\n  - title: A\n    year: 2020\n    sota:\n      - {text: x, topic: a}\n";
    assertThat(lint(rule, research, null)).isEmpty();
  }
}
