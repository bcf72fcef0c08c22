package io.github.anthology.rules.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownCommentsTest {

  @Test
  void anHtmlCommentDirectiveCoversTheNextLine() {
    String md = "# Repos\n<!-- anthology-disable-next-line list/bare-url -- kept as the upstream README has it -->\n"
        + "- https://github.com/karpathy/minGPT\n";
    List<Directive> found = MarkdownComments.scan("l.md", md);
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.rules()).containsExactly("list/bare-url");
      assertThat(d.reason()).contains("kept as the upstream README has it");
      assertThat(d.span().location()).isEqualTo("l.md:2:1");
      assertThat(md.substring(d.span().startOffset(), d.span().endOffset())).startsWith("<!--").endsWith("-->");
      assertThat(d.covers("list/bare-url", 3)).isTrue();
    });
  }

  @Test
  void headingsAreNotCommentsAndFencedCommentsAreText() {
    String md = "# anthology-disable-file list/bare-url -- not a directive\n```\n<!-- anthology-disable-file list/x -- y -->\n```\n";
    assertThat(MarkdownComments.scan("l.md", md)).isEmpty();
  }

  @Test
  void aFileDirectiveAndOtherCommentsOnOneLine() {
    List<Directive> found = MarkdownComments.scan("l.md", "<!-- a note --> <!-- anthology-disable-file list/empty-section -->\n");
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.scope()).isEqualTo(Directive.Scope.FILE);
      assertThat(d.reason()).isEmpty();
    });
  }

  @Test
  void markdownFilesAreToldByTheirName() {
    assertThat(MarkdownComments.isMarkdown("docs/READING.md")).isTrue();
    assertThat(MarkdownComments.isMarkdown("research.yaml")).isFalse();
  }
}
