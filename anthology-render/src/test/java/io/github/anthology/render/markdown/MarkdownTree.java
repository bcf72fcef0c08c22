package io.github.anthology.render.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Rendered Markdown parsed back with CommonMark: headings and the items listed under them. */
final class MarkdownTree {
  private final Node document;

  private MarkdownTree(Node document) {
    this.document = document;
  }

  static MarkdownTree parse(String markdown) {
    return new MarkdownTree(Parser.builder().build().parse(markdown));
  }

  /** The text of every heading of the level, in order. */
  List<String> headings(int level) {
    List<String> out = new ArrayList<>();
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h && h.getLevel() == level) {
        out.add(text(h));
      }
    }
    return out;
  }

  /**
   * The first-paragraph text of each top-level list item, by the path of headings above it
   * ("Standard Recommendations / attention").
   */
  Map<String, List<String>> itemsByHeadingPath() {
    Map<String, List<String>> items = new LinkedHashMap<>();
    String[] path = new String[7];
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        path[h.getLevel()] = text(h);
        for (int i = h.getLevel() + 1; i < path.length; i++) {
          path[i] = null;
        }
      } else if (n instanceof BulletList list) {
        String key = String.join(" / ", java.util.Arrays.stream(path).filter(p -> p != null).toList());
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          items.computeIfAbsent(key, k -> new ArrayList<>()).add(text(((ListItem) item).getFirstChild()));
        }
      }
    }
    return items;
  }

  /** The literal text of a node: what a reader sees, with markup gone. */
  static String text(Node node) {
    StringBuilder sb = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        sb.append(text.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak br) {
        sb.append(' ');
      }

      @Override
      public void visit(BulletList nested) {
        // nested lists are details, not the item's own text
      }
    });
    return sb.toString();
  }

  static boolean isParagraph(Node node) {
    return node instanceof Paragraph;
  }

  Node document() {
    return document;
  }
}
