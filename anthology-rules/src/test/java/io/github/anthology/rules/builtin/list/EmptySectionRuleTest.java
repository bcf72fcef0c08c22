package io.github.anthology.rules.builtin.list;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmptySectionRuleTest {
  private final EmptySectionRule rule = new EmptySectionRule();

  @Test
  void headingsWithNothingBeforeTheNextSectionAreReported() {
    String md = ListFixture.resource("empty-section.md");
    List<Finding> findings = ListFixture.lint(rule, "list.md", md);
    assertThat(ListFixture.lines(findings)).isEqualTo(ListFixture.markedLines(md));
    assertThat(findings.get(0).message()).isEqualTo("section `Memory` is empty; add its entries or remove the heading");
  }

  @Test
  void aSectionWhoseOnlyContentIsASubsectionIsNotEmpty() {
    assertThat(ListFixture.lint(rule, "l.md", "# A\n## B\ntext\n")).isEmpty();
  }

  @Test
  void aListWithoutHeadingsHasNoSections() {
    assertThat(ListFixture.lint(rule, "l.md", "- [x](https://x.org)\n")).isEmpty();
  }

  @Test
  void theRealListsHaveNoEmptySection() {
    assertThat(ListFixture.lint(rule, "cookbook.md", ListFixture.seed("cookbook.md"))).isEmpty();
    assertThat(ListFixture.lint(rule, "resources.md", ListFixture.seed("resources.md"))).isEmpty();
  }
}
