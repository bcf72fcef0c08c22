package io.github.anthology.io.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The text of a node. {@link #of} is what a reader sees: formatting dropped, an image by its alt
 * text, line breaks as spaces, spaces collapsed. {@link #contentOf} is a heading's text content
 * as GitHub slugs it: an image (a badge) contributes nothing, whitespace stays as written (two
 * spaces become two hyphens), and a line break is a control character the slug drops.
 */
final class InlineText extends AbstractVisitor {
  private final StringBuilder out = new StringBuilder();
  private final boolean content;

  private InlineText(boolean content) {
    this.content = content;
  }

  static String of(Node node) {
    InlineText t = new InlineText(false);
    node.accept(t);
    return t.out.toString().replaceAll("\\s+", " ").trim();
  }

  static String contentOf(Node heading) {
    InlineText t = new InlineText(true);
    heading.accept(t);
    return t.out.toString();
  }

  @Override
  public void visit(Text text) {
    out.append(text.getLiteral());
  }

  @Override
  public void visit(Code code) {
    out.append(code.getLiteral());
  }

  @Override
  public void visit(Image image) {
    if (!content) {
      visitChildren(image);
    }
  }

  @Override
  public void visit(SoftLineBreak lineBreak) {
    out.append(content ? '\n' : ' ');
  }

  @Override
  public void visit(HardLineBreak lineBreak) {
    out.append(content ? '\n' : ' ');
  }
}
