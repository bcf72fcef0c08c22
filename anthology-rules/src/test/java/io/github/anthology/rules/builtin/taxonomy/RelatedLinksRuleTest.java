package io.github.anthology.rules.builtin.taxonomy;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.taxonomyOnly;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelatedLinksRuleTest {
  @Test
  void oneWayLinkIsReported() {
    assertThat(lines(lint(new RelatedLinksRule(), taxonomyOnly(
        "topics:\n  - name: a\n    related: [b]\n  - name: b\n")))).containsExactly(
        "3:15 topic `a` is related to `b`, but `b` does not list `a`; add it there, since related"
            + " links go both ways");
  }

  @Test
  void reflexiveAndRepeatedLinksAreReported() {
    assertThat(lines(lint(new RelatedLinksRule(), taxonomyOnly(
        "topics:\n  - name: a\n    related: [a, b, b]\n  - name: b\n    related: [a]\n")))).containsExactly(
        "3:15 topic `a` is related to itself; remove the link",
        "3:21 topic `a` lists `b` as related twice; remove one");
  }

  @Test
  void relatedLinkBetweenAncestorAndDescendantClashes() {
    assertThat(lines(lint(new RelatedLinksRule(), taxonomyOnly("""
        topics:
          - name: root
            related: [leaf]
          - name: mid
            parent: root
          - name: leaf
            parent: mid
            related: [root]
        """)))).hasSize(2).allSatisfy(l -> assertThat(l).contains("also parent and descendant"));
  }

  @Test
  void symmetricLinksAreAccepted() {
    assertThat(lint(new RelatedLinksRule(), taxonomyOnly(
        "topics:\n  - name: a\n    related: [b]\n  - name: b\n    related: [a]\n"))).isEmpty();
  }
}
