package io.github.anthology.io.yaml;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.Paper;
import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads the reference system's {@code research.yaml} from its composed node tree: a mapping of year
 * to a list of papers. Scalars keep their source text, so an unquoted {@code 1910.02054} stays that
 * string. {@link ResearchStream} reads the same without holding the tree.
 */
public final class ResearchYamlReader {
  /** Documents of at least this many lines have their years read on several threads. */
  private static final int PARALLEL_FROM_LINES = 10_000;
  private final YamlNodes nodes;
  private final PaperNodes paperNodes;

  private ResearchYamlReader(YamlDocument doc) {
    this.nodes = new YamlNodes(doc);
    this.paperNodes = new PaperNodes(nodes);
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
        papers.add(paperNodes.paper(items.get(i), yearKey, "/" + year.getKey() + "/" + i));
      }
      return new Year(papers, null);
    } catch (ReadException e) {
      return new Year(List.of(), e);
    }
  }
}
