package io.github.anthology.io.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * A heading's text as GitHub slugs it: the text content of the rendered heading, so an image (a
 * badge) contributes nothing, not its alt text, HTML tags contribute nothing, and whitespace stays
 * as written (two spaces become two hyphens); a line break is a control character the slug drops.
 */
final class HeadingText extends AbstractVisitor {
  private final StringBuilder out = new StringBuilder();

  private HeadingText() {}

  static String of(Node heading) {
    HeadingText t = new HeadingText();
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
    // rendered as <img>: no text content
  }

  @Override
  public void visit(SoftLineBreak lineBreak) {
    out.append('\n');
  }

  @Override
  public void visit(HardLineBreak lineBreak) {
    out.append('\n');
  }
}
