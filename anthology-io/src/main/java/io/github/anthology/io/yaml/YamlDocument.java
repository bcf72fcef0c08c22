package io.github.anthology.io.yaml;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.source.SourceSpan;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One YAML document composed to a node tree with positions, under limits: bounded nesting and
 * size, aliases bounded by what they expand to (not by how many there are, so a file that shares
 * lists the way PyYAML writes them reads), and no type tags beyond YAML's own. Nothing is
 * constructed from tags, so no class is ever instantiated from input.
 */
public final class YamlDocument {
  /** Largest document read, in code points. */
  public static final int MAX_CODE_POINTS = 256 * 1024 * 1024;
  /** Deepest nesting of collections, counted as written. */
  public static final int MAX_DEPTH = 64;
  /** Deepest nesting once aliases are expanded. */
  static final int MAX_EXPANDED_DEPTH = 2 * MAX_DEPTH;
  /** Nodes a document may expand to through its aliases: this many, plus four per character of the text. */
  static final long EXPANSION_ALLOWANCE = 1_000_000;
  private static final Set<Tag> ALLOWED_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP, Tag.TIMESTAMP);

  private final Node root;
  private final String file;
  private long budget;

  private YamlDocument(Node root, String file, long budget) {
    this.root = root;
    this.file = file;
    this.budget = budget;
  }

  public static YamlDocument parse(String file, String text) throws ReadException {
    int bad = Printable.firstBad(text, 0, text.length());
    if (bad >= 0) {
      LineIndex lines = new LineIndex(file, text);
      throw new ReadException(lines.spanOfOffsets(bad, bad), "character " + Printable.name(text.codePointAt(bad))
          + " is not allowed in YAML (a control character, or half of a broken character); remove it");
    }
    Node root;
    TextReader[] last = new TextReader[1];
    try {
      Optional<Node> inParts = YamlChunks.compose(text, YamlDocument::compose);
      root = inParts.isPresent() ? inParts.get() : compose(text, 0, text.length(), 0, last);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new ReadException(mark == null ? where(file, last[0]) : point(file, mark), "malformed YAML: " + describe(e));
    } catch (YAMLException e) {
      throw new ReadException(where(file, last[0]), "unreadable YAML: " + plain(e.getMessage()));
    }
    YamlDocument doc = new YamlDocument(root, file, EXPANSION_ALLOWANCE + 4L * text.length());
    if (root != null) {
      doc.check(root, 0);
    }
    return doc;
  }

  /** The node tree of {@code text[start, end)} (its first line the 0-based {@code line}), from a parser of its own. */
  static Node compose(String text, int start, int end, int line) {
    return compose(text, start, end, line, new TextReader[1]);
  }

  private static Node compose(String text, int start, int end, int line, TextReader[] reader) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(Integer.MAX_VALUE); // bounded by what they expand to instead, see check()
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    reader[0] = new TextReader(text, start, end, line);
    return new Composer(new ParserImpl(reader[0], options), new Resolver(), options).getSingleNode();
  }

  /** A SnakeYAML parser over a text in memory, read in place ({@link TextReader}); for Jackson's YAML parser. */
  public static ParserImpl parserOf(String text, LoaderOptions options) {
    return new ParserImpl(new TextReader(text), options);
  }

  private static SourceSpan where(String file, TextReader reader) {
    return reader == null ? SourceSpan.ofFile(file) : point(file, reader.getMark());
  }

  private static SourceSpan point(String file, Mark mark) {
    return new SourceSpan(file, mark.getLine() + 1, mark.getColumn() + 1, mark.getLine() + 1, mark.getColumn() + 1,
        mark.getIndex(), mark.getIndex());
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    return plain(context.isEmpty() ? problem : problem + " (" + context + ")");
  }

  /** The parser's words, made plain where they name its options. */
  private static String plain(String message) {
    if (message == null) {
      return "the document cannot be read";
    }
    if (message.startsWith("Nesting Depth exceeded")) {
      return "nested more than " + MAX_DEPTH + " levels deep";
    }
    if (message.startsWith("The incoming YAML document exceeds the limit")) {
      return "larger than " + MAX_CODE_POINTS + " characters";
    }
    return message;
  }

  /** Every node as the readers will walk it, aliases expanded: allowed tags, bounded depth and size. */
  private void check(Node node, int depth) throws ReadException {
    if (--budget < 0) {
      throw new ReadException(span(node), "this document's aliases (*name) expand it past "
          + (EXPANSION_ALLOWANCE / 1_000_000) + " million nodes plus four per character of the file; an alias bomb is"
          + " refused (repeat lists with aliases within that size, or write them out)");
    }
    if (depth > MAX_EXPANDED_DEPTH) {
      throw new ReadException(span(node), "aliases nest this document more than " + MAX_EXPANDED_DEPTH
          + " levels deep (or refer to themselves)");
    }
    Tag tag = node.getTag();
    // The resolver hands out YAML's own Tag constants: compare those by identity first, the set is slower.
    if (tag != Tag.STR && tag != Tag.MAP && tag != Tag.SEQ && !ALLOWED_TAGS.contains(tag)) {
      throw new ReadException(span(node), tag.equals(Tag.MERGE)
          ? "merge keys (<<) are not supported; write the merged keys out in full"
          : "type tag " + tag + " is not allowed");
    }
    if (node instanceof ScalarNode scalar && scalar.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
      int bad = Printable.firstBad(scalar.getValue(), 0, scalar.getValue().length());
      if (bad >= 0) {
        throw new ReadException(span(node), "an escape here makes character " + Printable.name(scalar.getValue().codePointAt(bad))
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

  /** The root node, or null for an empty document. */
  public Node root() {
    return root;
  }

  public String file() {
    return file;
  }

  /** Where a node is: its marks carry character offsets (see {@link TextReader}). */
  public SourceSpan span(Node node) {
    Mark start = node.getStartMark();
    Mark end = node.getEndMark();
    return new SourceSpan(file, start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1, end.getColumn() + 1,
        start.getIndex(), Math.max(start.getIndex(), end.getIndex()));
  }
}
