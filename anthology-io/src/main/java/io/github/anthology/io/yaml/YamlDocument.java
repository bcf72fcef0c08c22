package io.github.anthology.io.yaml;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.source.SourceSpan;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One YAML document composed to a node tree with positions, under limits: bounded nesting and
 * size, aliases bounded by what they expand to (not by how many there are, so a file that shares
 * lists the way PyYAML writes them reads), and no type tags beyond YAML's own ({@link NodeCheck}).
 * Nothing is constructed from tags, so no class is ever instantiated from input.
 */
public final class YamlDocument {
  /** Largest document read, in code points. */
  public static final int MAX_CODE_POINTS = 256 * 1024 * 1024;
  /** Deepest nesting of collections, counted as written. */
  public static final int MAX_DEPTH = 64;

  private final Node root;
  private final String file;

  private YamlDocument(Node root, String file) {
    this.root = root;
    this.file = file;
  }

  public static YamlDocument parse(String file, String text) throws ReadException {
    refuseUnprintable(file, text);
    Node root;
    TextReader[] last = new TextReader[1];
    try {
      Optional<Node> inParts = YamlChunks.compose(text, YamlDocument::compose);
      root = inParts.isPresent() ? inParts.get() : compose(text, 0, text.length(), 0, last);
    } catch (YAMLException e) {
      throw unreadable(file, e, last[0]);
    }
    YamlDocument doc = new YamlDocument(root, file);
    if (root != null) {
      new NodeCheck(file, text.length()).check(root, 0);
    }
    return doc;
  }

  /** Refuses a text with a character YAML does not allow, at the first one. */
  static void refuseUnprintable(String file, String text) throws ReadException {
    int bad = Printable.firstBad(text, 0, text.length());
    if (bad >= 0) {
      LineIndex lines = new LineIndex(file, text);
      throw new ReadException(lines.spanOfOffsets(bad, bad), "character " + Printable.name(text.codePointAt(bad))
          + " is not allowed in YAML (a control character, or half of a broken character); remove it");
    }
  }

  /** The parser's error, where it happened and in plain words; {@code reader} is the one that was reading, if known. */
  static ReadException unreadable(String file, YAMLException e, TextReader reader) {
    if (e instanceof MarkedYAMLException marked) {
      Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
      return new ReadException(mark == null ? where(file, reader) : point(file, mark), "malformed YAML: " + describe(marked));
    }
    return new ReadException(where(file, reader), "unreadable YAML: " + plain(e.getMessage()));
  }

  /** The node tree of {@code text[start, end)} (its first line the 0-based {@code line}), from a parser of its own. */
  static Node compose(String text, int start, int end, int line) {
    return compose(text, start, end, line, new TextReader[1]);
  }

  private static Node compose(String text, int start, int end, int line, TextReader[] reader) {
    reader[0] = new TextReader(text, start, end, line);
    LoaderOptions options = options();
    return new Composer(new ParserImpl(reader[0], options), new Resolver(), options).getSingleNode();
  }

  /** The parser's limits: depth and size; aliases are bounded by what they expand to instead ({@link NodeCheck}). */
  static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(Integer.MAX_VALUE);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    return options;
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

  /** The root node, or null for an empty document. */
  public Node root() {
    return root;
  }

  public String file() {
    return file;
  }

  /** Where a node is: its marks carry character offsets (see {@link TextReader}). */
  public SourceSpan span(Node node) {
    return span(file, node);
  }

  static SourceSpan span(String file, Node node) {
    Mark start = node.getStartMark();
    Mark end = node.getEndMark();
    return new SourceSpan(file, start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1, end.getColumn() + 1,
        start.getIndex(), Math.max(start.getIndex(), end.getIndex()));
  }
}
