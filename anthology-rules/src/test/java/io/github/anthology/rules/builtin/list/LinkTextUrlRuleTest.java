package io.github.anthology.rules.builtin.list;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkTextUrlRuleTest {
  private final LinkTextUrlRule rule = new LinkTextUrlRule();

  @Test
  void aLinkShowingOneUrlAndGoingToAnotherIsReported() {
    String md = ListFixture.resource("link-text-url.md");
    List<Finding> findings = ListFixture.lint(rule, "list.md", md);
    assertThat(ListFixture.lines(findings)).isEqualTo(ListFixture.markedLines(md));
    assertThat(findings.get(0).message()).isEqualTo("the link shows `https://arxiv.org/abs/2212.09689` but goes to"
        + " `https://t.co/K82BaFoH7l`; link to the address it shows, or show the address it goes to");
  }

  @Test
  void bareUrlsAndTitledLinksAreNotReported() {
    assertThat(ListFixture.lint(rule, "l.md", "- https://x.org/a\n- [X](https://y.org)\n- <https://z.org>\n")).isEmpty();
  }

  @Test
  void theRealResourcesListHidesTwoArxivPapersBehindAShortener() {
    List<Finding> findings = ListFixture.lint(rule, "resources.md", ListFixture.seed("resources.md"));
    assertThat(findings).extracting(f -> f.span().line()).containsExactly(91, 91);
  }

  @Test
  void theRealCookbookHasNone() {
    assertThat(ListFixture.lint(rule, "cookbook.md", ListFixture.seed("cookbook.md"))).isEmpty();
  }
}
