package io.github.anthology.rules.builtin.taxonomy;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.taxonomyOnly;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopeDisjointRuleTest {
  @Test
  void scopeItemUnderTwoTopicsIsReportedAtTheSecond() {
    assertThat(lint(new ScopeDisjointRule(), taxonomyOnly("""
        topics:
          - name: a
            scope: [Learning rate schedules, Warmup]
          - name: b
            scope: [learning-rate schedules]
        """))).singleElement().satisfies(f -> {
          assertThat(f.span().line()).isEqualTo(5);
          assertThat(f.message()).isEqualTo("scope item \"learning-rate schedules\" of `b` is also in the"
              + " scope of `a`; keep it under one topic");
          assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(3));
        });
  }

  @Test
  void disjointScopesAreAccepted() {
    assertThat(lint(new ScopeDisjointRule(), taxonomyOnly(
        "topics:\n  - name: a\n    scope: [x, y]\n  - name: b\n    scope: [z]\n"))).isEmpty();
  }

  @Test
  void deprecatedTopicsDoNotCount() {
    assertThat(lint(new ScopeDisjointRule(), taxonomyOnly(
        "topics:\n  - name: a\n    scope: [x]\n  - name: b\n    status: deprecated\n    scope: [x]\n"))).isEmpty();
  }
}
