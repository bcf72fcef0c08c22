package io.github.anthology.rules.builtin.registry;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import org.junit.jupiter.api.Test;

class DuplicateRecommendationRuleTest {
  @Test
  void sameTextIgnoringCaseAndPunctuationIsReportedAtTheLaterOne() {
    Finding f = lint(new DuplicateRecommendationRule(), research("""
        2014:
          - title: A
            sota: ["Use gradient clipping."]
        2015:
          - title: B
            sota: ["use  Gradient-Clipping"]
        """)).get(0);
    assertThat(f.span().line()).isEqualTo(6);
    assertThat(f.message()).isEqualTo("recommendation \"use  Gradient-Clipping\" repeats the one at"
        + " line 3; keep one and list the other paper under its `evidence`");
    assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(3));
  }

  @Test
  void differentTextsAreAccepted() {
    assertThat(lint(new DuplicateRecommendationRule(), research(
        "2014:\n  - title: A\n    sota: [Use clipping, Use warmup]\n"))).isEmpty();
  }

  @Test
  void eachFurtherCopyIsReported() {
    assertThat(lint(new DuplicateRecommendationRule(), research(
        "2014:\n  - title: A\n    sota: [x y, x y, X Y]\n"))).hasSize(2);
  }

  @Test
  void interleavedCopiesOfSeveralTextsAreEachReportedAgainstTheirOwnFirst() {
    assertThat(lint(new DuplicateRecommendationRule(), research("""
        2014:
          - title: A
            sota:
              - Clip gradients
              - Warm up the learning rate
              - clip GRADIENTS!
              - "warm up: the learning rate"
              - Clip gradients.
              - "?!"
              - "..."
        """))).extracting(f -> f.span().line() + " -> " + f.related().get(0).span().line())
        .containsExactlyInAnyOrder("6 -> 4", "7 -> 5", "8 -> 4");
  }
}
