package io.github.anthology.io.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The text a reader sees in a node: formatting dropped, line breaks as spaces, spaces collapsed. */
final class InlineText extends AbstractVisitor {
  private final StringBuilder out = new StringBuilder();

  private InlineText() {}

  static String of(Node node) {
    InlineText t = new InlineText();
    node.accept(t);
    return t.out.toString().replaceAll("\\s+", " ").trim();
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
  public void visit(SoftLineBreak lineBreak) {
    out.append(' ');
  }

  @Override
  public void visit(HardLineBreak lineBreak) {
    out.append(' ');
  }
}
