package io.github.anthology.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.io.ReadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

class YamlChunksTest {
  private static final YamlChunks.Composer WHOLE = YamlDocument::compose;

  private static Node whole(String text) {
    return YamlDocument.compose(text, 0, text.length(), 0);
  }

  /** A node tree as text: kinds, tags, values, styles and every start and end line and column. */
  private static String describe(Node node) {
    StringBuilder sb = new StringBuilder();
    describe(node, sb);
    return sb.toString();
  }

  private static void describe(Node node, StringBuilder sb) {
    sb.append(node.getNodeId()).append(' ').append(node.getTag()).append(" @").append(node.getStartMark().getIndex()).append('/').append(node.getStartMark().getLine())
        .append(':').append(node.getStartMark().getColumn()).append('-').append(node.getEndMark().getLine()).append(':')
        .append(node.getEndMark().getColumn());
    if (node instanceof ScalarNode s) {
      sb.append(' ').append(s.getScalarStyle()).append(" [").append(s.getValue()).append("]\n");
    } else if (node instanceof SequenceNode seq) {
      sb.append(' ').append(seq.getFlowStyle()).append('\n');
      seq.getValue().forEach(n -> describe(n, sb));
    } else {
      sb.append(' ').append(((MappingNode) node).getFlowStyle()).append('\n');
      for (NodeTuple t : ((MappingNode) node).getValue()) {
        describe(t.getKeyNode(), sb);
        describe(t.getValueNode(), sb);
      }
    }
  }

  private static String research(int years) {
    StringBuilder yaml = new StringBuilder("# a registry\n\n");
    for (int y = 0; y < years; y++) {
      yaml.append(2000 + y).append(":\n");
      for (int p = 0; p < 3; p++) {
        yaml.append("  - title: \"Paper ").append(y).append('.').append(p).append(": ünïcode 😀\"\n")
            .append("    arxiv_id: ").append(2000 + y).append(".0").append(p).append("001\n")
            .append("    topics: [training-optimization, model-scaling]\n")
            .append("    sota:\n      - Clip gradients & warm up\n      - text: >\n          Folded text\n          over lines\n")
            .append("        id: &rec").append(y).append(p).append(" MLR-").append(y).append('\n')
            .append("    notes: |\n      kept\n        as written\n\n");
      }
      yaml.append("# end of ").append(2000 + y).append("\n");
    }
    return yaml.toString();
  }

  @Test
  void aDocumentComposedInPartsIsTheDocumentComposedWholeToTheLastPosition() {
    String text = research(40);

    for (int parts = 2; parts <= 4; parts++) {
      Optional<Node> inParts = YamlChunks.compose(text, parts, WHOLE);
      assertThat(inParts).as("%d parts", parts).isPresent();
      assertThat(describe(inParts.get())).isEqualTo(describe(whole(text)));
    }
  }

  @Test
  void theRealRegistryComposesTheSameInParts() throws Exception {
    String text = Files.readString(Path.of("../testdata/anthology-of-the-sota/research.yaml")).replace('*', 'x');

    assertThat(describe(YamlChunks.compose(text, 3, WHOLE).orElseThrow())).isEqualTo(describe(whole(text)));
  }

  @Test
  void anAliasADirectiveOrADocumentMarkerMeansTheWholeTextIsComposed() {
    String text = research(10);

    assertThat(YamlChunks.compose(text.replace("notes: |", "notes: *rec00\n    more: |"), 2, WHOLE)).isEmpty();
    assertThat(YamlChunks.compose("%YAML 1.1\n---\n" + text, 2, WHOLE)).isEmpty();
    assertThat(YamlChunks.compose(text + "---\n2050: []\n", 2, WHOLE)).isEmpty();
    assertThat(YamlChunks.compose(text.replace("\n", "\r\n"), 2, WHOLE)).isEmpty();
  }

  @Test
  void aPartThatDoesNotComposeAloneMeansTheWholeTextIsComposed() {
    String flowAcrossACut = "2000: [a,\nb]\nx: y\n";

    assertThat(YamlChunks.cuts(flowAcrossACut, 2)).containsExactly(flowAcrossACut.indexOf("b]"));
    assertThat(whole(flowAcrossACut)).isInstanceOf(MappingNode.class);
    assertThat(YamlChunks.compose(flowAcrossACut, 2, WHOLE)).isEmpty();
  }

  @Test
  void aRootThatIsNotABlockMappingIsComposedWhole() {
    assertThat(YamlChunks.compose("- a\n- b\nc: d\n", 2, WHOLE)).isEmpty();
  }

  @Test
  void aLargeDocumentReadsInPartsWithTheSameErrorsAndPositions() {
    String text = research(1300);
    assertThat(text.length()).isGreaterThan(2 * YamlChunks.MIN_PART);
    String duplicated = text + "2000:\n  - title: again\n";
    int lastLine = (int) text.chars().filter(c -> c == '\n').count() + 1;

    assertThatThrownBy(() -> ResearchYamlReader.read(YamlDocument.parse("research.yaml", duplicated)))
        .isInstanceOf(ReadException.class)
        .hasMessage("research.yaml:" + lastLine + ":1: key `2000` appears twice in research.yaml");
  }

  @Test
  void inALargeDocumentTheFirstBadPaperInFileOrderIsTheErrorReported() {
    String text = research(1300).replace("2005:\n", "2005:\n  - just text\n").replace("3200:\n", "3200:\n  - [a list]\n");
    int firstBad = (int) text.substring(0, text.indexOf("  - just text")).chars().filter(c -> c == '\n').count() + 1;

    assertThatThrownBy(() -> ResearchYamlReader.read(YamlDocument.parse("research.yaml", text)))
        .isInstanceOf(ReadException.class)
        .hasMessage("research.yaml:" + firstBad + ":5: a paper must be a mapping of keys to values");
  }
}
