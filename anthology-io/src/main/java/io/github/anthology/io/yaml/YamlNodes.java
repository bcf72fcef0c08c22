package io.github.anthology.io.yaml;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.Extra;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reading values out of a {@link YamlDocument}'s nodes (or nodes composed one part at a time), keeping text and positions. */
final class YamlNodes {
  private final YamlDocument doc;
  private final String file;

  YamlNodes(YamlDocument doc) {
    this.doc = doc;
    this.file = doc.file();
  }

  /** Nodes of {@code file} that are not held as one document ({@link ResearchStream}). */
  YamlNodes(String file) {
    this.doc = null;
    this.file = file;
  }

  YamlDocument doc() {
    return doc;
  }

  SourceSpan span(Node node) {
    return YamlDocument.span(file, node);
  }

  static boolean isNull(Node node) {
    return node == null || node.getTag().equals(Tag.NULL);
  }

  /** The entries of a mapping, keys as text, in order. */
  Map<String, NodeTuple> entries(Node node, String what) throws ReadException {
    if (!(node instanceof MappingNode map)) {
      throw new ReadException(span(node), what + " must be a mapping of keys to values");
    }
    Map<String, NodeTuple> out = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode key)) {
        throw notPlain(t.getKeyNode(), what);
      }
      if (out.putIfAbsent(key.getValue(), t) != null) {
        throw twice(key, what);
      }
    }
    return out;
  }

  /** A mapping key that is a list or a mapping, where plain text was expected. */
  ReadException notPlain(Node key, String what) {
    return new ReadException(span(key), "keys of " + what + " must be plain text");
  }

  /** A key seen before in the same mapping. */
  ReadException twice(ScalarNode key, String what) {
    return new ReadException(span(key), "key `" + key.getValue() + "` appears twice in " + what);
  }

  /** The items of a sequence; a single scalar counts as a one-item list, null as none. */
  List<Node> items(Node node) {
    if (isNull(node)) {
      return List.of();
    }
    if (node instanceof SequenceNode seq) {
      return seq.getValue();
    }
    return List.of(node);
  }

  /** A scalar as written. A mapping or list where text was expected is read as its YAML text. */
  Scalar scalar(Node node) {
    if (node instanceof ScalarNode s) {
      return new Scalar(s.getValue(), span(s), s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN);
    }
    return new Scalar(flatten(node), span(node), true);
  }

  Optional<Scalar> optionalScalar(Node node) {
    return isNull(node) ? Optional.empty() : Optional.of(scalar(node));
  }

  List<Scalar> scalars(Node node) {
    List<Scalar> out = new ArrayList<>();
    for (Node item : items(node)) {
      if (!isNull(item)) {
        out.add(scalar(item));
      }
    }
    return out;
  }

  List<String> texts(Node node) {
    return scalars(node).stream().map(Scalar::text).toList();
  }

  Extra extra(NodeTuple t) {
    return Extra.of(((ScalarNode) t.getKeyNode()).getValue(), value(t.getValueNode()), span(t.getValueNode()));
  }

  /** Plain Java values for keys nothing interprets: text, booleans, lists and maps. */
  static Object value(Node node) {
    if (node instanceof ScalarNode s) {
      if (s.getTag().equals(Tag.BOOL)) {
        return Boolean.valueOf(s.getValue().trim().equalsIgnoreCase("true")
            || s.getValue().trim().equalsIgnoreCase("yes") || s.getValue().trim().equalsIgnoreCase("on"));
      }
      return s.getTag().equals(Tag.NULL) ? "" : s.getValue();
    }
    if (node instanceof SequenceNode seq) {
      List<Object> out = new ArrayList<>();
      seq.getValue().forEach(n -> out.add(value(n)));
      return List.copyOf(out);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      out.put(String.valueOf(value(t.getKeyNode())), value(t.getValueNode()));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The text of a non-scalar, e.g. a takeaway {@code "Analysis: details"} that YAML read as a mapping. */
  private static String flatten(Node node) {
    if (node instanceof ScalarNode s) {
      return s.getValue();
    }
    if (node instanceof SequenceNode seq) {
      return String.join(", ", seq.getValue().stream().map(YamlNodes::flatten).toList());
    }
    List<String> parts = new ArrayList<>();
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      String v = flatten(t.getValueNode());
      parts.add(isNull(t.getValueNode()) ? flatten(t.getKeyNode()) : flatten(t.getKeyNode()) + ": " + v);
    }
    return String.join("; ", parts);
  }
}
