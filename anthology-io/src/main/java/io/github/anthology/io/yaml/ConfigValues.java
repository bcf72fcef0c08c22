package io.github.anthology.io.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A configuration node as a plain Java value of YAML's own type: text, Boolean, Long, Double, null,
 * or a List or Map of those. Option descriptors check the types, so {@code 0.5} must be a number.
 */
final class ConfigValues {
  private ConfigValues() {}

  static Object of(Node node) {
    if (node instanceof ScalarNode s) {
      return scalar(s);
    }
    if (node instanceof SequenceNode seq) {
      List<Object> out = new ArrayList<>();
      seq.getValue().forEach(n -> out.add(of(n)));
      return Collections.unmodifiableList(out);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      out.put(String.valueOf(of(t.getKeyNode())), of(t.getValueNode()));
    }
    return Collections.unmodifiableMap(out);
  }

  private static Object scalar(ScalarNode s) {
    String text = s.getValue().trim();
    Tag tag = s.getTag();
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    if (tag.equals(Tag.BOOL)) {
      return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("on");
    }
    try {
      if (tag.equals(Tag.INT)) {
        return Long.parseLong(text.replace("_", ""));
      }
      if (tag.equals(Tag.FLOAT)) {
        return Double.parseDouble(text.replace("_", ""));
      }
    } catch (NumberFormatException e) {
      return s.getValue();
    }
    return s.getValue();
  }
}
