package io.github.anthology.rules.builtin.naming;

import static io.github.anthology.rules.Fixtures.anthology;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.taxonomy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardSuffixRuleTest {
  private final StandardSuffixRule rule = new StandardSuffixRule();

  @Test
  void theFourStandardSuffixesPass() {
    assertThat(lint(rule, null, taxonomy("training-optimization", "attention-techniques",
        "model-architecture", "data-pipeline"))).isEmpty();
  }

  @Test
  void aDeclaredTopicWithoutAStandardSuffixIsReported() {
    assertThat(lint(rule, null, taxonomy("model-stability"))).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("topic `model-stability` does not end in a standard suffix"));
  }

  @Test
  void freeTagsOfARegistryWithoutTaxonomyAreNotGoverned() {
    String research = "2020:\n  - title: A\n    year: 2020\n    topics: [normalization]\n    sota: [x]\n";
    assertThat(lint(rule, research, null)).isEmpty();
  }

  @Test
  void theSuffixListIsAnOption() {
    var a = anthology(null, taxonomy("model-stability", "data-pipeline"));
    assertThat(lint(rule, a, Map.of("suffixes", List.of("stability")))).extracting(f -> f.span().line())
        .containsExactly(3);
  }
}
