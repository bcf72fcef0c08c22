package io.github.anthology.io.yaml;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.config.ConfigValue;
import io.github.anthology.model.config.OptionSetting;
import io.github.anthology.model.config.PathOverride;
import io.github.anthology.model.config.RawConfig;
import io.github.anthology.model.config.RuleSetting;
import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code anthology.yaml} into a {@link RawConfig}: checks its shape (known keys,
 * lists of text, mappings where mappings belong) and keeps every position; what the values mean is
 * checked against the rules later.
 */
public final class ConfigYamlReader {
  /** The top-level keys a configuration may have. */
  public static final List<String> KEYS =
      List.of("inputs", "extends", "rules", "overrides", "ignores", "baseline", "fail-on", "max-warnings", "plugins");

  private final YamlNodes nodes;

  private ConfigYamlReader(YamlDocument doc) {
    this.nodes = new YamlNodes(doc);
  }

  public static RawConfig read(YamlDocument doc, String directory) throws ReadException {
    return new ConfigYamlReader(doc).config(directory);
  }

  private RawConfig config(String directory) throws ReadException {
    YamlDocument doc = nodes.doc();
    if (YamlNodes.isNull(doc.root())) {
      return new RawConfig(doc.file(), directory, List.of(), List.of(), List.of(), List.of(), List.of(),
          Optional.empty(), Optional.empty(), Optional.empty());
    }
    Map<String, NodeTuple> e = nodes.entries(doc.root(), doc.file());
    for (NodeTuple t : e.values()) {
      String key = ((ScalarNode) t.getKeyNode()).getValue();
      if (!KEYS.contains(key)) {
        throw new ReadException(doc.span(t.getKeyNode()),
            "unknown key `" + key + "`; the keys are " + String.join(", ", KEYS));
      }
    }
    List<RuleSetting> rules = e.containsKey("rules") ? rules(e.get("rules").getValueNode()) : List.of();
    List<PathOverride> overrides = new ArrayList<>();
    if (e.containsKey("overrides")) {
      for (Node item : nodes.items(e.get("overrides").getValueNode())) {
        overrides.add(override(item));
      }
    }
    return new RawConfig(doc.file(), directory, texts(e, "inputs"), texts(e, "extends"), rules, overrides,
        texts(e, "ignores"), text(e, "baseline"), text(e, "fail-on"),
        Optional.ofNullable(e.get("max-warnings")).map(t -> value(t.getValueNode())), texts(e, "plugins"));
  }

  private PathOverride override(Node item) throws ReadException {
    Map<String, NodeTuple> e = nodes.entries(item, "an `overrides` entry");
    for (String key : e.keySet()) {
      if (!key.equals("files") && !key.equals("rules")) {
        throw new ReadException(nodes.doc().span(e.get(key).getKeyNode()),
            "unknown key `" + key + "` in an `overrides` entry; it takes `files` and `rules`");
      }
    }
    List<Scalar> files = texts(e, "files");
    if (files.isEmpty()) {
      throw new ReadException(nodes.doc().span(item), "an `overrides` entry needs `files`: the globs it applies to");
    }
    List<RuleSetting> rules = e.containsKey("rules") ? rules(e.get("rules").getValueNode()) : List.of();
    return new PathOverride(files, rules, nodes.doc().span(item));
  }

  private List<RuleSetting> rules(Node node) throws ReadException {
    List<RuleSetting> out = new ArrayList<>();
    if (YamlNodes.isNull(node)) {
      return out;
    }
    for (NodeTuple t : nodes.entries(node, "`rules`").values()) {
      Scalar id = nodes.scalar(t.getKeyNode());
      Node v = t.getValueNode();
      if (v instanceof ScalarNode s) {
        out.add(new RuleSetting(id, Optional.of(nodes.scalar(s)), List.of()));
        continue;
      }
      Map<String, NodeTuple> e = nodes.entries(v, "rule `" + id.text() + "`");
      for (String key : e.keySet()) {
        if (!key.equals("severity") && !key.equals("options")) {
          throw new ReadException(nodes.doc().span(e.get(key).getKeyNode()), "unknown key `" + key
              + "` for rule `" + id.text() + "`; a rule takes `severity` and `options`");
        }
      }
      List<OptionSetting> options = new ArrayList<>();
      if (e.containsKey("options") && !YamlNodes.isNull(e.get("options").getValueNode())) {
        for (NodeTuple o : nodes.entries(e.get("options").getValueNode(), "options of `" + id.text() + "`").values()) {
          options.add(new OptionSetting(nodes.scalar(o.getKeyNode()), value(o.getValueNode())));
        }
      }
      out.add(new RuleSetting(id, text(e, "severity"), options));
    }
    return out;
  }

  private ConfigValue value(Node node) {
    return new ConfigValue(ConfigValues.of(node), nodes.doc().span(node));
  }

  /** A key whose value is text, or a list of text; anything else is an error at the value. */
  private List<Scalar> texts(Map<String, NodeTuple> e, String key) throws ReadException {
    NodeTuple t = e.get(key);
    if (t == null) {
      return List.of();
    }
    List<Scalar> out = new ArrayList<>();
    for (Node item : nodes.items(t.getValueNode())) {
      if (!(item instanceof ScalarNode s) || YamlNodes.isNull(item)) {
        throw new ReadException(nodes.doc().span(item), "`" + key + "` must be text or a list of text");
      }
      out.add(nodes.scalar(s));
    }
    return out;
  }

  private Optional<Scalar> text(Map<String, NodeTuple> e, String key) throws ReadException {
    NodeTuple t = e.get(key);
    if (t == null || YamlNodes.isNull(t.getValueNode())) {
      return Optional.empty();
    }
    if (!(t.getValueNode() instanceof ScalarNode s)) {
      throw new ReadException(nodes.doc().span(t.getValueNode()), "`" + key + "` must be text");
    }
    return Optional.of(nodes.scalar(s));
  }
}
