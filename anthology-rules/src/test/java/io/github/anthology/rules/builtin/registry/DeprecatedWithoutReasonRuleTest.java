package io.github.anthology.rules.builtin.registry;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeprecatedWithoutReasonRuleTest {
  @Test
  void atticWithoutReasonIsReportedOnceForThePaper() {
    assertThat(lines(lint(new DeprecatedWithoutReasonRule(), research("""
        2014:
          - title: A
            attic:
              superseded_by: "2005.14165"
            sota: [x, y]
        """)))).containsExactly("4:7 paper is in the attic without a reason; add `reason:` saying why"
        + " it no longer reflects best practice");
  }

  @Test
  void deprecatedRecommendationWithoutReasonIsReported() {
    assertThat(lines(lint(new DeprecatedWithoutReasonRule(), research(
        "2014:\n  - title: A\n    sota:\n      - {text: x, status: deprecated}\n"))))
        .singleElement().asString().startsWith("4:16 recommendation is deprecated without a reason");
  }

  @Test
  void reasonsAreAccepted() {
    assertThat(lint(new DeprecatedWithoutReasonRule(), research("""
        2014:
          - title: A
            attic: {reason: superseded by GPT-3}
            sota: [x]
          - title: B
            sota:
              - {text: y, status: deprecated, reason: shown not to help}
        """))).isEmpty();
  }
}
