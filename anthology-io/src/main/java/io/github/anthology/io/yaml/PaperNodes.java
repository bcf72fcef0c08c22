package io.github.anthology.io.yaml;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.Attic;
import io.github.anthology.model.ImmutablePaper;
import io.github.anthology.model.Paper;
import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Years;
import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * One paper of a research.yaml read out of its node, with its recommendations: the same whether
 * the whole document was composed ({@link ResearchYamlReader}) or one paper at a time
 * ({@link ResearchStream}).
 */
final class PaperNodes {
  private final YamlNodes nodes;

  PaperNodes(YamlNodes nodes) {
    this.nodes = nodes;
  }

  /** The paper of {@code node}, listed under the year {@code yearKey}, at the JSON pointer {@code pointer}. */
  Paper paper(Node node, Scalar yearKey, String pointer) throws ReadException {
    Map<String, NodeTuple> e = nodes.entries(node, "a paper");
    ImmutablePaper.Builder b = Paper.builder().span(nodes.span(node)).yearKey(yearKey).pointer(pointer);
    Node sota = null;
    for (Map.Entry<String, NodeTuple> entry : e.entrySet()) {
      Node v = entry.getValue().getValueNode();
      switch (entry.getKey()) {
        case "title" -> b.title(nodes.optionalScalar(v).map(Scalar::text).orElse(""));
        case "arxiv_id" -> b.arxivId(nodes.optionalScalar(v));
        case "first_author" -> b.firstAuthor(nodes.optionalScalar(v));
        case "year" -> b.year(nodes.optionalScalar(v));
        case "key_takeaways" -> b.keyTakeaways(nodes.texts(v));
        case "topics" -> b.topics(nodes.scalars(v));
        case "models" -> b.models(nodes.scalars(v));
        case "historical_impact" -> b.historicalImpact(nodes.texts(v));
        case "experimental" -> b.experimental(nodes.optionalScalar(v));
        case "attic" -> b.attic(attic(v));
        case "sota" -> sota = v;
        default -> b.addExtras(nodes.extra(entry.getValue()));
      }
    }
    if (!e.containsKey("title")) {
      b.title("");
    }
    Paper withoutRecs = b.build();
    List<Recommendation> recs = new ArrayList<>();
    List<Node> items = nodes.items(sota);
    for (int i = 0; i < items.size(); i++) {
      recs.add(new RecommendationItemReader(nodes, withoutRecs, ref(withoutRecs))
          .read(items.get(i), pointer + "/sota/" + i));
    }
    return ImmutablePaper.copyOf(withoutRecs).withRecommendations(recs);
  }

  private Attic attic(Node node) throws ReadException {
    var b = Attic.builder().span(nodes.span(node));
    if (YamlNodes.isNull(node)) {
      return b.build();
    }
    for (Map.Entry<String, NodeTuple> entry : nodes.entries(node, "attic").entrySet()) {
      Node v = entry.getValue().getValueNode();
      switch (entry.getKey()) {
        case "reason" -> b.reason(nodes.optionalScalar(v).map(Scalar::text));
        case "superseded_by" -> b.supersededBy(nodes.scalars(v));
        case "see_also" -> b.seeAlso(nodes.scalars(v));
        default -> { }
      }
    }
    return b.build();
  }

  private static PaperRef ref(Paper p) {
    var b = PaperRef.builder()
        .arxivId(p.arxivId().map(Scalar::text))
        .title(p.title())
        .firstAuthor(p.firstAuthor().map(Scalar::text));
    p.year().flatMap(y -> Years.parse(y.text())).ifPresent(b::year);
    return b.build();
  }
}
