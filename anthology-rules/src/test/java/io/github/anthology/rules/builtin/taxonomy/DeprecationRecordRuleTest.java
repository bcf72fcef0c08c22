package io.github.anthology.rules.builtin.taxonomy;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.registry;
import static io.github.anthology.rules.Fixtures.taxonomyOnly;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeprecationRecordRuleTest {
  private static final String COMPLETE = """
      topics:
        - name: attention-techniques
        - name: attention
          status: deprecated
          deprecated: {reason: merged, date: 2025-06-08, replaced_by: attention-techniques}
      """;

  @Test
  void completeRecordWithMigratedRecommendationsIsAccepted() {
    assertThat(lint(new DeprecationRecordRule(), registry(COMPLETE,
        "2017:\n  - title: T\n    topics: [attention-techniques]\n    sota: [x]\n"))).isEmpty();
  }

  @Test
  void missingPartsOfTheRecordAreReported() {
    assertThat(lines(lint(new DeprecationRecordRule(), taxonomyOnly("topics:\n  - name: old\n    status: deprecated\n"))))
        .containsExactly("2:11 deprecated topic `old` does not record its `reason`, `date`, `replaced_by`;"
            + " add them under `deprecated:`");
  }

  @Test
  void badDateAndDeprecatedSuccessorAreReported() {
    assertThat(lines(lint(new DeprecationRecordRule(), taxonomyOnly("""
        topics:
          - name: a
            deprecated: {reason: r, date: June 2025, replaced_by: b}
          - name: b
            deprecated: {reason: r, date: 2025-06-08, replaced_by: c}
          - name: c
        """)))).containsExactly(
        "3:17 deprecation date `June 2025` of `a` is not YYYY-MM-DD",
        "3:59 `a` is replaced by `b`, which is itself deprecated; name an active successor");
  }

  @Test
  void recommendationsLeftUnderADeprecatedTopicAreReportedAtTheTopic() {
    assertThat(lint(new DeprecationRecordRule(), registry(COMPLETE,
        "2017:\n  - title: T\n    topics: [attention]\n    sota: [x]\n"))).singleElement().satisfies(f -> {
          assertThat(f.span().line()).isEqualTo(3);
          assertThat(f.message()).isEqualTo("deprecated topic `attention` still tags 1 place(s); migrate"
              + " them to `attention-techniques` (`anthology migrate --write`)");
          assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.span().file()).isEqualTo("research.yaml"));
        });
  }
}
