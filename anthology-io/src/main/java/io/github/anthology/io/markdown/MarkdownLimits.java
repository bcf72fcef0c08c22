package io.github.anthology.io.markdown;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.source.SourceSpan;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;
import org.commonmark.node.Node;

/**
 * Bounds how deeply a reading list may nest (block quotes, lists, emphasis), so that no Markdown
 * file can make the reader run for minutes or overflow its stack: the Markdown parser's work grows
 * with the cube of list depth (1,000 levels: seconds; 5,000: minutes) and it and the tree walks
 * recurse once a level. Lists and quotes are checked on the text before parsing (a line's prefix
 * of spaces, tabs and {@code >}), everything else on the tree after it, without recursion.
 */
final class MarkdownLimits {
  /** Levels of nesting a reading list may use, as in YAML. */
  static final int MAX_DEPTH = 64;
  /** Columns of indentation before a list item or quote: enough for {@link #MAX_DEPTH} levels of list. */
  static final int MAX_INDENT = 4 * MAX_DEPTH;
  /** Levels of the parsed tree (a list level is three: list, item, paragraph). */
  static final int MAX_TREE_DEPTH = 4 * MAX_DEPTH;
  private static final String TOO_DEEP = "a reading list nested more than " + MAX_DEPTH
      + " levels deep (lists, block quotes) is refused";
  private static final String TREE_TOO_DEEP = "a reading list nested more than " + MAX_TREE_DEPTH
      + " elements deep (lists, quotes, emphasis, links) is refused";

  private MarkdownLimits() {}

  /** Refuses a line whose quote markers or indentation go deeper than the limit, at that place. */
  static void checkPrefixes(String file, String text) throws ReadException {
    int line = 1;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int quotes = 0;
      int column = 0;
      int i = lineStart;
      for (; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '>') {
          quotes++;
        } else if (c != ' ' && c != '\t') {
          break;
        }
        column += c == '\t' ? 4 - column % 4 : 1;
        if (quotes > MAX_DEPTH || column > MAX_INDENT) {
          throw new ReadException(new SourceSpan(file, line, i - lineStart + 1, line, i - lineStart + 2, i, i + 1),
              TOO_DEEP + (quotes > MAX_DEPTH ? "" : " (indented more than " + MAX_INDENT + " columns)"));
        }
      }
      int end = text.indexOf('\n', i);
      lineStart = end < 0 ? text.length() : end + 1;
      line++;
    }
  }

  /**
   * Parses, turning a stack overflow in the parser (emphasis thousands deep) into a refusal at the
   * first run of emphasis markers longer than the tree may be deep.
   */
  static Node parse(Offsets offsets, String text, Function<String, Node> parser) throws ReadException {
    try {
      return parser.apply(text);
    } catch (StackOverflowError e) {
      int run = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        run = c == '*' || c == '_' ? run + 1 : 0;
        if (run > MAX_TREE_DEPTH) {
          throw new ReadException(offsets.span(i - run + 1, i + 1), TREE_TOO_DEEP);
        }
      }
      throw new ReadException(offsets.span(0, 0), TREE_TOO_DEEP);
    }
  }

  /** Refuses a tree deeper than the limit, at the first node past it; walks without recursion. */
  static void checkDepth(Node document, Offsets offsets) throws ReadException {
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(document);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      int depth = depths.pop();
      if (depth > MAX_TREE_DEPTH) {
        throw new ReadException(offsets.of(node.getSourceSpans()), TREE_TOO_DEEP);
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
}
