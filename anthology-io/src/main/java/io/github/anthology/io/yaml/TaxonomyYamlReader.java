package io.github.anthology.io.yaml;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.Deprecation;
import io.github.anthology.model.ImmutableTopic;
import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.TopicKind;
import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Reads {@code taxonomy.yaml}: a {@code topics} list. */
public final class TaxonomyYamlReader {
  private final YamlNodes nodes;

  private TaxonomyYamlReader(YamlDocument doc) {
    this.nodes = new YamlNodes(doc);
  }

  public static Taxonomy read(YamlDocument doc) throws ReadException {
    TaxonomyYamlReader reader = new TaxonomyYamlReader(doc);
    List<Topic> topics = new ArrayList<>();
    if (doc.root() != null) {
      NodeTuple list = reader.nodes.entries(doc.root(), "taxonomy.yaml").get("topics");
      if (list != null) {
        for (Node item : reader.nodes.items(list.getValueNode())) {
          topics.add(reader.topic(item));
        }
      }
    }
    return Taxonomy.builder().topics(topics).file(doc.file()).build();
  }

  private Topic topic(Node node) throws ReadException {
    Map<String, NodeTuple> e = nodes.entries(node, "a topic");
    if (!e.containsKey("name") || YamlNodes.isNull(e.get("name").getValueNode())) {
      throw new ReadException(nodes.doc().span(node), "a topic needs a `name`");
    }
    ImmutableTopic.Builder b = Topic.builder().span(nodes.doc().span(node));
    boolean deprecated = false;
    for (Map.Entry<String, NodeTuple> entry : e.entrySet()) {
      Node v = entry.getValue().getValueNode();
      switch (entry.getKey()) {
        case "name" -> b.name(nodes.scalar(v));
        case "kind" -> nodes.optionalScalar(v).ifPresent(k -> b.kindText(k).kind(TopicKind.parse(k.text())));
        case "summary" -> b.summary(nodes.optionalScalar(v).map(Scalar::text));
        case "scope" -> b.scope(nodes.scalars(v));
        case "parent" -> b.parent(nodes.optionalScalar(v));
        case "related" -> b.related(nodes.scalars(v));
        case "key_references" -> b.keyReferences(nodes.scalars(v));
        case "previously" -> b.previously(nodes.scalars(v));
        case "status" -> deprecated |= nodes.optionalScalar(v).map(s -> s.text().equals("deprecated")).orElse(false);
        case "deprecated" -> {
          b.deprecation(deprecation(v));
          deprecated = true;
        }
        default -> b.addExtras(nodes.extra(entry.getValue()));
      }
    }
    if (deprecated && !e.containsKey("deprecated")) {
      b.deprecation(Deprecation.builder().span(nodes.doc().span(e.get("status").getValueNode())).build());
    }
    return b.build();
  }

  private Deprecation deprecation(Node node) throws ReadException {
    var b = Deprecation.builder().span(nodes.doc().span(node));
    if (YamlNodes.isNull(node)) {
      return b.build();
    }
    for (Map.Entry<String, NodeTuple> entry : nodes.entries(node, "deprecated").entrySet()) {
      Node v = entry.getValue().getValueNode();
      switch (entry.getKey()) {
        case "reason" -> b.reason(nodes.optionalScalar(v).map(Scalar::text));
        case "date" -> b.date(nodes.optionalScalar(v).map(Scalar::text));
        case "replaced_by" -> b.replacedBy(nodes.optionalScalar(v));
        default -> { }
      }
    }
    return b.build();
  }
}
