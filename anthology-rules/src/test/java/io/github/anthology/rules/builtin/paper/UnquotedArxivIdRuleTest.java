package io.github.anthology.rules.builtin.paper;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Finding;
import org.junit.jupiter.api.Test;

class UnquotedArxivIdRuleTest {
  private static final String UNQUOTED = "2019:\n  - title: ZeRO\n    arxiv_id: 1910.02054\n";

  @Test
  void unquotedIdIsReportedWithAFixThatQuotesIt() {
    Finding f = lint(new UnquotedArxivIdRule(), research(UNQUOTED)).get(0);
    assertThat(f.span().line()).isEqualTo(3);
    assertThat(f.message()).contains("1910.02054 is unquoted");
    TextEdit edit = f.fixes().get(0).edits().get(0);
    String fixed = UNQUOTED.substring(0, edit.startOffset()) + edit.replacement() + UNQUOTED.substring(edit.endOffset());
    assertThat(fixed).isEqualTo("2019:\n  - title: ZeRO\n    arxiv_id: \"1910.02054\"\n");
  }

  @Test
  void quotedIdsAreAccepted() {
    assertThat(lint(new UnquotedArxivIdRule(), research(UNQUOTED.replace("1910.02054", "'1910.02054'")))).isEmpty();
    assertThat(lint(new UnquotedArxivIdRule(), research(UNQUOTED.replace("1910.02054", "\"1910.02054\"")))).isEmpty();
  }

  @Test
  void unquotedTextThatIsNoNumberIsLeftToTheFormatRule() {
    assertThat(lint(new UnquotedArxivIdRule(), research(UNQUOTED.replace("1910.02054", "hep-th/9901001")))).isEmpty();
  }
}
