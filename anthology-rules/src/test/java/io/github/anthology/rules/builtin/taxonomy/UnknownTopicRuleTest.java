package io.github.anthology.rules.builtin.taxonomy;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.taxonomy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import org.junit.jupiter.api.Test;

class UnknownTopicRuleTest {
  private final UnknownTopicRule rule = new UnknownTopicRule();
  private static final String TAX = """
      topics:
        - name: training-optimization
          previously: [optimization]
          related: [data-pipline]
        - name: data-pipeline
      """;

  private static String paperTagged(String... topics) {
    return "2020:\n  - title: A\n    year: 2020\n    topics: [" + String.join(", ", topics) + "]\n    sota: [x]\n";
  }

  @Test
  void definedTopicsAndRetiredNamesAreNotUnknown() {
    assertThat(lint(rule, paperTagged("training-optimization", "optimization"), TAX))
        .extracting(Finding::message).noneMatch(m -> m.contains("`optimization`"));
  }

  @Test
  void aMisspeltTagGetsADidYouMean() {
    assertThat(lint(rule, paperTagged("training-optimisation"), TAX))
        .extracting(Finding::message)
        .contains("topic `training-optimisation` is not defined in the taxonomy; did you mean `training-optimization`?");
  }

  @Test
  void aBadlyFormattedTagSuggestsItsNormalForm() {
    assertThat(lint(rule, paperTagged("Data_Pipeline"), TAX)).extracting(Finding::message)
        .contains("topic `Data_Pipeline` is not defined in the taxonomy; did you mean `data-pipeline`?");
  }

  @Test
  void aTagFarFromEveryNameSaysToDefineIt() {
    assertThat(lint(rule, paperTagged("llama2"), TAX)).extracting(Finding::message)
        .contains("topic `llama2` is not defined in the taxonomy; define it in the taxonomy or use a defined topic");
  }

  @Test
  void taxonomyReferencesMustResolveToo() {
    assertThat(lint(rule, null, TAX)).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("topic `training-optimization` refers to `data-pipline`");
      assertThat(f.span().line()).isEqualTo(4);
    });
  }

  @Test
  void withoutADeclaredTaxonomyNothingIsUnknown() {
    assertThat(lint(rule, paperTagged("anything", "at-all"), null)).isEmpty();
  }

  @Test
  void didYouMeanPicksTheClosestNameAndTiesAlphabetically() {
    assertThat(DidYouMean.closest("cat", java.util.List.of("bat", "hat"))).contains("bat");
    assertThat(io.github.anthology.rules.api.Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(DidYouMean.closest("zzzz", taxonomy().lines().toList())).isEmpty();
  }
}
