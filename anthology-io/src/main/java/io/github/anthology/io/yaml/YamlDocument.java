package io.github.anthology.io.yaml;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.source.SourceSpan;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * One YAML document composed to a node tree with positions, under limits: few aliases, bounded
 * nesting and size, and no type tags beyond YAML's own. Nothing is constructed from tags, so no
 * class is ever instantiated from input.
 */
public final class YamlDocument {
  /** Largest document read, in code points. */
  public static final int MAX_CODE_POINTS = 256 * 1024 * 1024;
  private static final Set<Tag> ALLOWED_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP, Tag.TIMESTAMP);

  private final Node root;
  private final LineIndex lines;

  private YamlDocument(Node root, LineIndex lines) {
    this.root = root;
    this.lines = lines;
  }

  public static YamlDocument parse(String file, String text) throws ReadException {
    LineIndex lines = new LineIndex(file, text);
    Node root;
    try {
      Optional<Node> inParts = YamlChunks.compose(text, YamlDocument::compose);
      root = inParts.isPresent() ? inParts.get() : compose(text);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      SourceSpan at = mark == null ? SourceSpan.ofFile(file) : lines.point(mark.getLine(), mark.getColumn());
      throw new ReadException(at, "malformed YAML: " + describe(e));
    } catch (YAMLException e) {
      throw new ReadException(SourceSpan.ofFile(file), "unreadable YAML: " + e.getMessage());
    }
    YamlDocument doc = new YamlDocument(root, lines);
    if (root != null) {
      doc.checkTags(root, 0);
    }
    return doc;
  }

  /** The node tree of one text, from a parser of its own (one per thread), under the limits. */
  private static Node compose(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(64);
    options.setCodePointLimit(MAX_CODE_POINTS);
    DumperOptions dumper = new DumperOptions();
    return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options).compose(new StringReader(text));
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    return context.isEmpty() ? problem : problem + " (" + context + ")";
  }

  private void checkTags(Node node, int depth) throws ReadException {
    Tag tag = node.getTag();
    // The resolver hands out YAML's own Tag constants: compare those by identity first, the set is slower.
    if (tag != Tag.STR && tag != Tag.MAP && tag != Tag.SEQ && !ALLOWED_TAGS.contains(tag)) {
      throw new ReadException(span(node), "type tag " + node.getTag() + " is not allowed");
    }
    if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        checkTags(t.getKeyNode(), depth + 1);
        checkTags(t.getValueNode(), depth + 1);
      }
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        checkTags(item, depth + 1);
      }
    }
  }

  /** The root node, or null for an empty document. */
  public Node root() {
    return root;
  }

  public String file() {
    return lines.file();
  }

  public SourceSpan span(Node node) {
    Mark start = node.getStartMark();
    Mark end = node.getEndMark();
    return lines.span(start.getLine(), start.getColumn(), end.getLine(), end.getColumn());
  }
}
