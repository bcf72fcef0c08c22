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
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads the reference system's {@code research.yaml}: a mapping of year to a list of papers.
 * Scalars keep their source text, so an unquoted {@code 1910.02054} stays that string.
 */
public final class ResearchYamlReader {
  /** Documents of at least this many lines have their years read on several threads. */
  private static final int PARALLEL_FROM_LINES = 10_000;
  private final YamlNodes nodes;

  private ResearchYamlReader(YamlDocument doc) {
    this.nodes = new YamlNodes(doc);
  }

  /** The papers of the document, each with its recommendations. */
  public static List<Paper> read(YamlDocument doc) throws ReadException {
    if (doc.root() == null) {
      return List.of();
    }
    return new ResearchYamlReader(doc).papers();
  }

  /**
   * The papers of every year. Years are independent, so a large document's are read side by side;
   * the first error in file order is the one thrown, as when they are read one after another.
   */
  private List<Paper> papers() throws ReadException {
    Node root = nodes.doc().root();
    Stream<Map.Entry<String, NodeTuple>> years = nodes.entries(root, "research.yaml").entrySet().stream();
    if (root.getEndMark().getLine() >= PARALLEL_FROM_LINES) {
      years = years.parallel();
    }
    List<Paper> papers = new ArrayList<>();
    for (Year year : years.map(this::year).toList()) {
      if (year.error() != null) {
        throw year.error();
      }
      papers.addAll(year.papers());
    }
    return papers;
  }

  /** The papers of one year, or the error that stopped reading them. */
  private record Year(List<Paper> papers, ReadException error) {}

  private Year year(Map.Entry<String, NodeTuple> year) {
    List<Paper> papers = new ArrayList<>();
    try {
      Scalar yearKey = nodes.scalar(year.getValue().getKeyNode());
      List<Node> items = nodes.items(year.getValue().getValueNode());
      for (int i = 0; i < items.size(); i++) {
        papers.add(paper(items.get(i), yearKey, "/" + year.getKey() + "/" + i));
      }
      return new Year(papers, null);
    } catch (ReadException e) {
      return new Year(List.of(), e);
    }
  }

  private Paper paper(Node node, Scalar yearKey, String pointer) throws ReadException {
    Map<String, NodeTuple> e = nodes.entries(node, "a paper");
    ImmutablePaper.Builder b = Paper.builder().span(nodes.doc().span(node)).yearKey(yearKey).pointer(pointer);
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
    var b = Attic.builder().span(nodes.doc().span(node));
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
