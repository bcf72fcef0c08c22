package io.github.anthology.rules.builtin.taxonomy;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.taxonomyOnly;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class HierarchyRuleTest {
  @Test
  void topicThatIsItsOwnParentIsReported() {
    assertThat(lint(new HierarchyRule(), taxonomyOnly("topics:\n  - name: a\n    parent: a\n")))
        .singleElement().satisfies(f -> assertThat(f.message()).startsWith("topic `a` is its own parent"));
  }

  @Test
  void parentCycleIsReportedOnceWithTheOtherLinksRelated() {
    List<Finding> findings = lint(new HierarchyRule(), taxonomyOnly("""
        topics:
          - name: a
            parent: b
          - name: b
            parent: c
          - name: c
            parent: a
        """));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.span().line()).isEqualTo(3);
      assertThat(f.message()).isEqualTo("parent links form a cycle: a -> b -> c -> a; remove one of the parent links");
      assertThat(f.related()).extracting(r -> r.span().line()).containsExactly(5, 7);
    });
  }

  @Test
  void treeIsAccepted() {
    assertThat(lint(new HierarchyRule(), taxonomyOnly("""
        topics:
          - name: root
          - name: a
            parent: root
          - name: b
            parent: a
          - name: c
            parent: undefined
        """))).isEmpty();
  }

  @Test
  void topicLeadingIntoACycleIsNotItselfACycle() {
    assertThat(lint(new HierarchyRule(), taxonomyOnly("""
        topics:
          - name: x
            parent: a
          - name: a
            parent: b
          - name: b
            parent: a
        """))).singleElement().satisfies(f -> assertThat(f.message()).contains("a -> b -> a"));
  }
}
