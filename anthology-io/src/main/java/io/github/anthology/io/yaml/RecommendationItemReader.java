package io.github.anthology.io.yaml;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.ImmutableRecommendation;
import io.github.anthology.model.Paper;
import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.source.Scalar;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads one {@code sota} item: a plain text, or a mapping {@code {text, id, topic, secondary,
 * status, superseded_by, evidence, implementations}}. What the item does not state comes from its
 * paper: the primary topic is the paper's first, the status follows attic and
 * experimental.
 */
final class RecommendationItemReader {
  private final YamlNodes nodes;
  private final Paper paper;
  private final PaperRef source;

  RecommendationItemReader(YamlNodes nodes, Paper paper, PaperRef source) {
    this.nodes = nodes;
    this.paper = paper;
    this.source = source;
  }

  Recommendation read(Node node, String pointer) throws ReadException {
    ImmutableRecommendation.Builder b = Recommendation.builder()
        .span(nodes.span(node)).source(source).pointer(pointer)
        .implementations(paper.models().stream().map(Scalar::text).toList());
    List<Scalar> primary = paper.topics().isEmpty() ? List.of() : List.of(paper.topics().get(0));
    List<Scalar> secondary = paper.topics().size() <= 1 ? List.of() : paper.topics().subList(1, paper.topics().size());
    Status status = paper.attic().isPresent() ? Status.DEPRECATED
        : paper.isExperimental() ? Status.EXPERIMENTAL : Status.STANDARD;
    if (!(node instanceof MappingNode)) {
      Scalar text = nodes.scalar(node);
      return b.text(text.text()).textSpan(text.span()).primaryTopics(primary)
          .secondaryTopics(secondary).status(status).build();
    }
    Map<String, NodeTuple> e = nodes.entries(node, "a recommendation");
    b.text("").textSpan(nodes.span(node));
    for (Map.Entry<String, NodeTuple> entry : e.entrySet()) {
      Node v = entry.getValue().getValueNode();
      switch (entry.getKey()) {
        case "text" -> {
          Scalar text = nodes.scalar(v);
          b.text(text.text()).textSpan(text.span());
        }
        case "id" -> b.id(nodes.optionalScalar(v));
        case "topic" -> primary = nodes.scalars(v);
        case "secondary" -> secondary = nodes.scalars(v);
        case "status" -> {
          Scalar declared = nodes.scalar(v);
          b.declaredStatus(declared);
          status = Status.parse(declared.text()).orElse(status);
        }
        case "superseded_by" -> b.supersededBy(nodes.scalars(v));
        case "evidence" -> b.evidence(nodes.scalars(v));
        case "implementations" -> b.implementations(nodes.texts(v));
        case "deprecated_date", "deprecated" -> b.deprecatedDate(nodes.optionalScalar(v).map(Scalar::text));
        case "reason" -> b.deprecationReason(nodes.optionalScalar(v).map(Scalar::text));
        default -> b.addExtras(nodes.extra(entry.getValue()));
      }
    }
    if (status == Status.DEPRECATED && !e.containsKey("reason")) {
      paper.attic().flatMap(a -> a.reason()).ifPresent(b::deprecationReason);
    }
    return b.primaryTopics(primary).secondaryTopics(secondary).status(status).build();
  }
}
