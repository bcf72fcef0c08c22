package io.github.anthology.rules.builtin.list;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingAnchorRuleTest {
  private final MissingAnchorRule rule = new MissingAnchorRule();

  @Test
  void anchorsThatReachNoHeadingAreReported() {
    String md = ListFixture.resource("missing-anchor.md");
    List<Finding> findings = ListFixture.lint(rule, "list.md", md);
    assertThat(ListFixture.lines(findings)).isEqualTo(ListFixture.markedLines(md));
    assertThat(findings.get(1).message())
        .isEqualTo("`#nowhere` reaches no heading of this document; link to an existing heading's anchor or remove the entry");
  }

  @Test
  void anAnchorThatDiffersOnlyInPunctuationIsFixedToTheHeadingsAnchor() {
    String md = ListFixture.resource("missing-anchor.md");
    Finding f = ListFixture.lint(rule, "list.md", md).get(0);
    assertThat(f.message()).isEqualTo("`#data-model-directories` reaches no heading of this document;"
        + " did you mean `#data-and-model-directories` (Data and Model Directories)?");
    assertThat(f.fixes()).singleElement().satisfies(fix -> {
      TextEdit edit = fix.edits().get(0);
      assertThat(md.substring(edit.startOffset(), edit.endOffset())).isEqualTo("#data-model-directories");
      assertThat(edit.replacement()).isEqualTo("#data-and-model-directories");
    });
  }

  @Test
  void anAnchorWithoutACloseHeadingHasNoFix() {
    assertThat(ListFixture.lint(rule, "l.md", "[x](#nowhere)\n# Somewhere\n").get(0).fixes()).isEmpty();
  }

  @Test
  void repeatedHeadingsAreReachedByTheirNumberedAnchors() {
    assertThat(ListFixture.lint(rule, "l.md", "[a](#a) [b](#a-1)\n# A\n# A\n")).isEmpty();
  }

  @Test
  void anchorsAreResolvedAsGitHubResolvesThem() {
    String md = ListFixture.resource("github-anchors.md");
    assertThat(ListFixture.lines(ListFixture.lint(rule, "list.md", md))).isEqualTo(ListFixture.markedLines(md));
  }

  @Test
  void caseMattersOnlyWhenTheOptionSaysSo() {
    String md = "[x](#Conferences)\n\n## Conferences\n";
    assertThat(ListFixture.lint(rule, "l.md", md)).isEmpty();
    var strict = io.github.anthology.rules.Fixtures.lint(rule, ListFixture.anthology("l.md", md),
        java.util.Map.of("ignore-case", false));
    assertThat(strict).singleElement().satisfies(f -> assertThat(f.fixes().get(0).edits().get(0).replacement())
        .isEqualTo("#conferences"));
  }

  @Test
  void percentEscapesAreDecodedAndMalformedOnesKept() {
    assertThat(Fragments.decode("%E4%B8%AD%E6%96%87")).isEqualTo("中文");
    assertThat(Fragments.decode("a%2")).isEqualTo("a%2");
    assertThat(Fragments.decode("100%25-sure")).isEqualTo("100%-sure");
    assertThat(Fragments.decode("a+b")).isEqualTo("a+b");
  }

  @Test
  void theRealCookbookTableOfContentsReachesEveryHeading() {
    assertThat(ListFixture.lint(rule, "cookbook.md", ListFixture.seed("cookbook.md"))).isEmpty();
  }
}
