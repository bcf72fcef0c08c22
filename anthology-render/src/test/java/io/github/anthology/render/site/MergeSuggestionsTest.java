package io.github.anthology.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.render.Fixtures;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergeSuggestionsTest {
  private static Finding finding(String rule, String pointer) {
    return Finding.builder().ruleId(rule).severity(Severity.WARNING).span(SourceSpan.ofFile("f"))
        .message("m").pointer(pointer).build();
  }

  @Test
  void aPairIsReadFromTheOverlapPointerEvenWhenANameHoldsAPlus() {
    List<Merge> merges = MergeSuggestions.from(
        List.of(finding(MergeSuggestions.RULE_ID, "topic:c++-kernels+cuda")), List.of("c++-kernels", "cuda"));

    assertThat(merges).containsExactly(new Merge("c++-kernels", "cuda", "m"));
  }

  @Test
  void findingsOfOtherRulesOrUnknownTopicsAreIgnored() {
    assertThat(MergeSuggestions.from(List.of(finding("naming/format", "topic:a+b"),
        finding(MergeSuggestions.RULE_ID, "topic:a+zzz")), List.of("a", "b"))).isEmpty();
  }

  @Test
  void theOverlapRuleSuggestsMergesInTheRealRegistry() {
    var anthology = Fixtures.load(Fixtures.REAL);
    List<Merge> merges = MergeSuggestions.from(MergeSuggestions.lint(anthology),
        new io.github.anthology.rules.api.RegistryIndex(anthology).topicUses().keySet());

    assertThat(merges).extracting(m -> m.topic() + "+" + m.other()).contains("optimization+scaling-laws");
  }
}
