package io.github.anthology.io.markdown;

import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Which link of a list entry is the entry's own, as awesome-lint reads awesome lists: in the first
 * paragraph of a list item, the first link ({@code [Name](url) - description}); any other link of
 * that paragraph is mentioned in the description ("a fork of [X]", "documentation [here]"). One
 * step further than awesome-lint: an item that starts with text rather than a link ("More tools:
 * [Catalyst](...), [Pachyderm](...)") is a remark whose links are all mentions. Links anywhere
 * else (paragraphs, tables, later paragraphs of an item) are entries of their own.
 */
final class EntryLinks {
  private EntryLinks() {}

  static boolean isMention(Link link) {
    Node paragraph = link.getParent();
    if (!isFirstParagraphOfItem(paragraph)) {
      return false;
    }
    return paragraph.getFirstChild() != link;
  }

  /** Whether a text (holding a bare URL) comes after a link in an item's first paragraph. */
  // A bare URL that starts an item is the item's own; after a link it is mentioned.
  static boolean followsALink(Node text) {
    Node paragraph = text.getParent();
    if (!isFirstParagraphOfItem(paragraph)) {
      return false;
    }
    for (Node n = paragraph.getFirstChild(); n != null && n != text; n = n.getNext()) {
      if (n instanceof Link) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFirstParagraphOfItem(Node node) {
    return node instanceof Paragraph && node.getParent() instanceof ListItem item && item.getFirstChild() == node;
  }
}
