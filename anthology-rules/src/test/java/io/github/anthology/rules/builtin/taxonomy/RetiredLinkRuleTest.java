package io.github.anthology.rules.builtin.taxonomy;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.taxonomyOnly;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetiredLinkRuleTest {
  private static List<Finding> check(String yaml) {
    return lint(new RetiredLinkRule(), taxonomyOnly(yaml));
  }

  @Test
  void aDeprecatedParentIsReportedWithItsSuccessorAsTheFix() {
    List<Finding> findings = check("""
        topics:
          - name: attention
            status: deprecated
            deprecated: {reason: merged, date: 2025-06-08, replaced_by: attention-techniques}
          - name: attention-techniques
          - name: flash-attention
            parent: attention
        """);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.span().line()).isEqualTo(7);
      assertThat(f.message()).isEqualTo("the parent `attention` of `flash-attention` is retired (deprecated"
          + " (merged)); use `attention-techniques`");
      assertThat(f.fixes()).singleElement().satisfies(x ->
          assertThat(x.edits().get(0).replacement()).isEqualTo("attention-techniques"));
      assertThat(f.pointer()).contains("topic:flash-attention");
    });
  }

  @Test
  void aRelatedTopicConsolidatedIntoAnotherIsReported() {
    assertThat(check("""
        topics:
          - name: training-optimization
            previously: [optimization]
          - name: data-pipeline
            related: [optimization]
        """)).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("the related topic"
            + " `optimization` of `data-pipeline` is retired (consolidated into `training-optimization`);"
            + " use `training-optimization`"));
  }

  @Test
  void aRetiredLinkWithoutSuccessorHasNoFix() {
    assertThat(check("""
        topics:
          - name: old
            status: deprecated
            deprecated: {reason: gone, date: 2025-01-01}
          - name: child
            parent: old
        """)).singleElement().satisfies(f -> {
          assertThat(f.message()).endsWith("; link an active topic or remove the link");
          assertThat(f.fixes()).isEmpty();
        });
  }

  @Test
  void activeLinksAndDeprecatedTopicsThemselvesAreAccepted() {
    assertThat(check("""
        topics:
          - name: parent-topic
          - name: child
            parent: parent-topic
            related: [parent-topic]
          - name: old
            parent: old-parent
            status: deprecated
            deprecated: {reason: r, date: 2025-01-01, replaced_by: child}
          - name: old-parent
            status: deprecated
            deprecated: {reason: r, date: 2025-01-01, replaced_by: child}
        """)).isEmpty();
  }
}
