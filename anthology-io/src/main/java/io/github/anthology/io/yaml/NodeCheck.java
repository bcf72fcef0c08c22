package io.github.anthology.io.yaml;

import io.github.anthology.io.ReadException;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The limits every node of a document is held to, as the readers will walk it with aliases
 * expanded: YAML's own tags only, bounded depth, and a bounded number of nodes for the whole
 * document (a budget spent node by node in document order, so a document checked one part after
 * another fails at the node it would fail at if checked whole).
 */
final class NodeCheck {
  /** Nodes a document may expand to through its aliases: this many, plus four per character of the text. */
  static final long EXPANSION_ALLOWANCE = 1_000_000;
  /** Deepest nesting once aliases are expanded. */
  static final int MAX_EXPANDED_DEPTH = 2 * YamlDocument.MAX_DEPTH;
  private static final Set<Tag> ALLOWED_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP, Tag.TIMESTAMP);

  private final String file;
  private final long allowed;
  private long budget;

  /** The check of a document of {@code textLength} characters. */
  NodeCheck(String file, int textLength) {
    this.file = file;
    this.allowed = allowed(textLength);
    this.budget = allowed;
  }

  /** The nodes counted so far. */
  long counted() {
    return allowed - budget;
  }

  /** The nodes a document of {@code textLength} characters may have once its aliases are expanded. */
  static long allowed(int textLength) {
    return EXPANSION_ALLOWANCE + 4L * textLength;
  }

  /** Counts one node whose children are checked on their own; false when that exhausts the budget. */
  boolean count() {
    return --budget >= 0;
  }

  /** Checks a node at {@code depth} and everything under it, aliases expanded. */
  void check(Node node, int depth) throws ReadException {
    if (--budget < 0) {
      throw new ReadException(YamlDocument.span(file, node), "this document's aliases (*name) expand it past "
          + (EXPANSION_ALLOWANCE / 1_000_000) + " million nodes plus four per character of the file; an alias bomb is"
          + " refused (repeat lists with aliases within that size, or write them out)");
    }
    if (depth > MAX_EXPANDED_DEPTH) {
      throw new ReadException(YamlDocument.span(file, node), "aliases nest this document more than "
          + MAX_EXPANDED_DEPTH + " levels deep (or refer to themselves)");
    }
    Tag tag = node.getTag();
    // The resolver hands out YAML's own Tag constants: compare those by identity first, the set is slower.
    if (tag != Tag.STR && tag != Tag.MAP && tag != Tag.SEQ && !ALLOWED_TAGS.contains(tag)) {
      throw new ReadException(YamlDocument.span(file, node), tag.equals(Tag.MERGE)
          ? "merge keys (<<) are not supported; write the merged keys out in full"
          : "type tag " + tag + " is not allowed");
    }
    if (node instanceof ScalarNode scalar && scalar.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
      int bad = Printable.firstBad(scalar.getValue(), 0, scalar.getValue().length());
      if (bad >= 0) {
        throw new ReadException(YamlDocument.span(file, node), "an escape here makes character "
            + Printable.name(scalar.getValue().codePointAt(bad))
            + ", which is not allowed (a control character, or half of a surrogate pair); write the character itself");
      }
    }
    if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        check(t.getKeyNode(), depth + 1);
        check(t.getValueNode(), depth + 1);
      }
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        check(item, depth + 1);
      }
    }
  }
}
