package io.github.anthology.rules.builtin.registry;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusConflictRuleTest {
  @Test
  void unknownStatusIsReported() {
    assertThat(lines(lint(new StatusConflictRule(), research(
        "2014:\n  - title: A\n    sota:\n      - {text: x, status: retired}\n")))).containsExactly(
        "4:27 status `retired` is not one of experimental, standard, deprecated; write exactly one of them");
  }

  @Test
  void standardRecommendationOfAnAtticPaperIsReported() {
    assertThat(lines(lint(new StatusConflictRule(), research("""
        2014:
          - title: A
            attic: {reason: old}
            sota:
              - {text: x, status: standard}
        """)))).singleElement().asString()
        .startsWith("5:27 status is standard but the paper is in the attic");
  }

  @Test
  void supersededButStandardIsReported() {
    assertThat(lines(lint(new StatusConflictRule(), research(
        "2014:\n  - title: A\n    sota:\n      - {text: x, superseded_by: MLR-2015-B001-0001}\n"))))
        .singleElement().asString().contains("superseded but its status is standard");
  }

  @Test
  void deprecationDateWithoutDeprecatedStatusIsReported() {
    assertThat(lint(new StatusConflictRule(), research(
        "2014:\n  - title: A\n    sota:\n      - {text: x, deprecated_date: 2024-01-01}\n"))).hasSize(1);
  }

  @Test
  void consistentStatusesAreAccepted() {
    assertThat(lint(new StatusConflictRule(), research("""
        2014:
          - title: A
            attic: {reason: old}
            sota:
              - plain text, deprecated with its paper
              - {text: y, status: deprecated, superseded_by: MLR-2015-B001-0001}
          - title: B
            experimental: true
            sota: [z]
        """))).isEmpty();
  }
}
