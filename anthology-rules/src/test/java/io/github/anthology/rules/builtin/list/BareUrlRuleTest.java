package io.github.anthology.rules.builtin.list;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class BareUrlRuleTest {
  private final BareUrlRule rule = new BareUrlRule();

  @Test
  void urlsWrittenAsPlainTextAreReportedButNotCodeOrLinks() {
    String md = ListFixture.resource("bare-url.md");
    List<Finding> findings = ListFixture.lint(rule, "list.md", md);
    assertThat(ListFixture.lines(findings)).isEqualTo(ListFixture.markedLines(md));
  }

  @Test
  void theFixMakesTheUrlAnAutolinkAndLeavesTrailingPunctuationOutside() {
    String md = ListFixture.resource("bare-url.md");
    Finding f = ListFixture.lint(rule, "list.md", md).get(1);
    assertThat(f.message()).startsWith("`https://arxiv.org/abs/2205.14135` is written as plain text;");
    TextEdit edit = f.fixes().get(0).edits().get(0);
    String fixed = md.substring(0, edit.startOffset()) + edit.replacement() + md.substring(edit.endOffset());
    assertThat(fixed).contains("**Paper:** <https://arxiv.org/abs/2205.14135>. <!--");
    assertThat(ListFixture.lint(rule, "list.md", fixed)).hasSize(1);
  }

  @Test
  void theRealCookbookListsSixRepositoriesAsPlainText() {
    List<Finding> findings = ListFixture.lint(rule, "cookbook.md", ListFixture.seed("cookbook.md"));
    assertThat(findings).hasSize(6);
    assertThat(findings.get(0).span().location()).isEqualTo("cookbook.md:92:3");
  }
}
