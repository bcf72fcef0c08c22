package io.github.anthology.rules.builtin.taxonomy;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.taxonomyOnly;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectivityRuleTest {
  @Test
  void flatTaxonomyWithoutLinksIsNotReported() {
    assertThat(lint(new ConnectivityRule(), taxonomyOnly("topics:\n  - name: a\n  - name: b\n"))).isEmpty();
  }

  @Test
  void orphanTopicIsReported() {
    assertThat(lines(lint(new ConnectivityRule(), taxonomyOnly(
        "topics:\n  - name: a\n  - name: b\n    parent: a\n  - name: c\n")))).containsExactly(
        "5:11 topic `c` has no parent, child or related topic; link it into the taxonomy");
  }

  @Test
  void disconnectedClusterIsReportedWithTheLargestGroupRelated() {
    assertThat(lint(new ConnectivityRule(), taxonomyOnly("""
        topics:
          - name: a
          - name: b
            parent: a
          - name: c
            parent: a
          - name: x
          - name: y
            related: [x]
        """))).singleElement().satisfies(f -> {
          assertThat(f.message()).startsWith("topics x, y are linked to each other but not to the rest");
          assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(2));
        });
  }

  @Test
  void connectedTaxonomyIsAccepted() {
    assertThat(lint(new ConnectivityRule(), taxonomyOnly(
        "topics:\n  - name: a\n  - name: b\n    parent: a\n  - name: c\n    related: [b]\n"))).isEmpty();
  }
}
