package io.github.anthology.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.node.Node;

class MarkdownTextProperties {

  /** Text rich in everything Markdown treats specially, plus ordinary letters and non-ASCII. */
  @Provide
  Arbitrary<String> userText() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars("\t\nßé€→✓\u00a0").ofMaxLength(40);
  }

  @Property(tries = 2000)
  void anyTextRenderedAsAListItemReadsBackAsItself(@ForAll("userText") String text) {
    String normalised = MarkdownText.normalise(text);
    String md = "- " + MarkdownText.inline(text) + "\n";

    Node first = MarkdownTree.parse(md).document().getFirstChild();

    if (normalised.isEmpty()) {
      assertThat(MarkdownText.inline(text)).isEmpty();
    } else {
      assertThat(first).isInstanceOf(org.commonmark.node.BulletList.class);
      assertThat(MarkdownTree.text(first.getFirstChild().getFirstChild())).isEqualTo(normalised);
    }
  }

  @Property(tries = 1000)
  void anyTextRenderedAsAHeadingReadsBackAsItself(@ForAll("userText") String text) {
    String normalised = MarkdownText.normalise(text);
    MarkdownTree tree = MarkdownTree.parse("### " + MarkdownText.inline(text) + "\n");

    assertThat(tree.headings(3)).isEqualTo(List.of(normalised));
  }
}
