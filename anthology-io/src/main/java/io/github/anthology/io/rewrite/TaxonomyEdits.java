package io.github.anthology.io.rewrite;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.yaml.YamlDocument;
import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.model.source.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Collects the edits a topic operation makes to taxonomy.yaml: new keys go on lines right after a
 * topic's {@code name}, values are appended to a topic's lists in the list's own style, new topics
 * go after the last one, references are renamed. Insertions at one place are merged into one edit.
 */
final class TaxonomyEdits {
  private final Taxonomy taxonomy;
  private final YamlLayout layout;
  private final Map<String, List<String>> keyLines = new LinkedHashMap<>();
  private final Map<String, Map<String, Set<String>>> appends = new LinkedHashMap<>();
  private final List<List<String>> newTopics = new ArrayList<>();
  private final List<TextEdit> edits = new ArrayList<>();
  private YamlDocument document;

  TaxonomyEdits(Taxonomy taxonomy, Layouts layouts) {
    this.taxonomy = taxonomy;
    this.layout = layouts.of(taxonomy.file().orElseThrow());
  }

  /** A line {@code key: value} for the topic, written after its name. */
  void addKey(Topic topic, String key, String value) {
    keyLines.computeIfAbsent(topic.nameText(), n -> new ArrayList<>()).add(key + ": " + value);
  }

  /** Sets a key of the topic: its value replaced when it has the key, else a new line. */
  void setKey(Topic topic, String key, String value) {
    Node existing = node(topic, key);
    if (existing == null) {
      addKey(topic, key, value);
    } else {
      SourceSpan span = document().span(existing);
      edits.add(new TextEdit(layout.file(), span.startOffset(), span.endOffset(), value));
    }
  }

  /** Values appended to the topic's list under {@code key} (previously, scope, related). */
  void append(Topic topic, String key, List<String> values) {
    Set<String> present = new LinkedHashSet<>(listOf(topic, key).stream().map(Scalar::text).toList());
    Set<String> wanted = appends.computeIfAbsent(topic.nameText(), n -> new LinkedHashMap<>())
        .computeIfAbsent(key, k -> new LinkedHashSet<>());
    values.stream().filter(v -> !present.contains(v)).forEach(wanted::add);
  }

  /** A new topic, its keys given as {@code key: value} lines, after the last topic. */
  void addTopic(List<String> keyValueLines) {
    newTopics.add(keyValueLines);
  }

  void add(TextEdit edit) {
    edits.add(edit);
  }

  /** Renames references to topics in parents, related lists and successors; drops self-relations. */
  void renameReferences(Map<String, String> oldToNew) {
    TopicMapping mapping = TopicMapping.only(oldToNew);
    for (Topic t : taxonomy.topics()) {
      t.parent().filter(p -> oldToNew.containsKey(p.text()))
          .ifPresent(p -> edits.add(TextEdit.replaceText(p, oldToNew.get(p.text()))));
      t.deprecation().flatMap(d -> d.replacedBy()).filter(r -> oldToNew.containsKey(r.text()))
          .ifPresent(r -> edits.add(TextEdit.replaceText(r, oldToNew.get(r.text()))));
      boolean touched = t.related().stream().anyMatch(r -> oldToNew.containsKey(r.text()));
      if (touched) {
        edits.addAll(TagListEdits.plan(t.related(), mapping, Set.of(t.nameText())).edits(layout));
      }
    }
  }

  List<TextEdit> edits() {
    List<TextEdit> out = new ArrayList<>(edits);
    Map<String, List<String>> lines = new LinkedHashMap<>();
    keyLines.forEach((name, l) -> lines.computeIfAbsent(name, n -> new ArrayList<>()).addAll(l));
    appends.forEach((name, byKey) -> byKey.forEach((key, values) -> {
      if (values.isEmpty()) {
        return;
      }
      Topic topic = taxonomy.find(name).orElseThrow();
      List<Scalar> items = listOf(topic, key);
      List<String> written = values.stream().map(YamlValues::scalar).toList();
      if (items.isEmpty()) {
        TextEdit intoEmpty = emptyList(topic, key, written);
        if (intoEmpty != null) {
          out.add(intoEmpty);
        } else {
          lines.computeIfAbsent(name, n -> new ArrayList<>()).add(key + ": " + YamlValues.flowList(List.copyOf(values)));
        }
      } else {
        out.add(layout.appendItems(items, written));
      }
    }));
    lines.forEach((name, l) -> {
      Topic topic = taxonomy.find(name).orElseThrow();
      int indent = layout.column(topic.span().startOffset());
      int at = layout.endOfContent(topic.name().span().endOffset());
      out.add(new TextEdit(layout.file(), at, at, joined(l, indent)));
    });
    if (!newTopics.isEmpty()) {
      out.add(newTopicsEdit());
    }
    return out;
  }

  /** Values put into a key the topic has but that holds no item ({@code key: []} or {@code key:}); null without the key. */
  private TextEdit emptyList(Topic topic, String key, List<String> values) {
    Node value = node(topic, key);
    if (value == null) {
      return null;
    }
    SourceSpan span = document().span(value);
    if (value instanceof SequenceNode) {
      int open = layout.text().indexOf('[', span.startOffset());
      return new TextEdit(layout.file(), open + 1, open + 1, String.join(", ", values));
    }
    return new TextEdit(layout.file(), span.startOffset(), span.endOffset(), " [" + String.join(", ", values) + "]");
  }

  private Node node(Topic topic, String key) {
    Node root = document().root();
    for (NodeTuple top : ((MappingNode) root).getValue()) {
      if (top.getValueNode() instanceof SequenceNode topics) {
        for (Node item : topics.getValue()) {
          if (item instanceof MappingNode map && document().span(map).startOffset() == topic.span().startOffset()) {
            for (NodeTuple t : map.getValue()) {
              if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
              }
            }
          }
        }
      }
    }
    return null;
  }

  private YamlDocument document() {
    if (document == null) {
      try {
        document = YamlDocument.parse(layout.file(), layout.text());
      } catch (ReadException e) {
        throw new IllegalStateException("taxonomy was read once and now cannot be: " + e.getMessage(), e);
      }
    }
    return document;
  }

  private TextEdit newTopicsEdit() {
    List<Topic> topics = taxonomy.topics();
    Topic last = topics.get(topics.size() - 1);
    int indent = layout.column(last.span().startOffset());
    int dash = indent - 2;
    StringBuilder text = new StringBuilder();
    for (List<String> topic : newTopics) {
      text.append(layout.newline());
      text.append(layout.newline()).append(" ".repeat(Math.max(0, dash))).append("- ").append(topic.get(0));
      text.append(joined(topic.subList(1, topic.size()), indent));
    }
    int at = layout.endOfContent(last.span().endOffset());
    return new TextEdit(layout.file(), at, at, text.toString());
  }

  private String joined(List<String> lines, int indent) {
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(layout.newline()).append(" ".repeat(indent)).append(l);
    }
    return sb.toString();
  }

  private static List<Scalar> listOf(Topic topic, String key) {
    return switch (key) {
      case "previously" -> topic.previously();
      case "scope" -> topic.scope();
      case "related" -> topic.related();
      default -> throw new IllegalArgumentException("not a list of a topic: " + key);
    };
  }
}
