package io.github.anthology.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The in-place reader gives SnakeYAML's parser exactly what its own reader gives (every value,
 * style, line and column), with character offsets as mark indexes.
 */
class TextReaderTest {
  private static String describe(Node node, String text, boolean offsets) {
    StringBuilder sb = new StringBuilder();
    describe(node, text, offsets, sb);
    return sb.toString();
  }

  private static void describe(Node node, String text, boolean offsets, StringBuilder sb) {
    sb.append(node.getNodeId()).append(' ').append(node.getTag()).append(" @").append(node.getStartMark().getLine())
        .append(':').append(node.getStartMark().getColumn()).append('-').append(node.getEndMark().getLine()).append(':')
        .append(node.getEndMark().getColumn());
    if (offsets) {
      LineIndex lines = new LineIndex("f", text);
      assertThat(node.getStartMark().getIndex())
          .isEqualTo(lines.offset(node.getStartMark().getLine(), node.getStartMark().getColumn()));
    }
    if (node instanceof ScalarNode s) {
      sb.append(' ').append(s.getScalarStyle()).append(" [").append(s.getValue()).append("]\n");
    } else if (node instanceof SequenceNode seq) {
      sb.append(' ').append(seq.getFlowStyle()).append('\n');
      seq.getValue().forEach(n -> describe(n, text, offsets, sb));
    } else {
      sb.append(' ').append(((MappingNode) node).getFlowStyle()).append('\n');
      for (NodeTuple t : ((MappingNode) node).getValue()) {
        describe(t.getKeyNode(), text, offsets, sb);
        describe(t.getValueNode(), text, offsets, sb);
      }
    }
  }

  private static void sameAsSnakeYamlsOwnReader(String text) {
    Node theirs = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    Node ours = YamlDocument.compose(text, 0, text.length(), 0);
    assertThat(describe(ours, text, text.length() < 20_000 && text.indexOf('\uFEFF') < 0 && text.indexOf('\u2028') < 0)).isEqualTo(describe(theirs, text, false));
  }

  @Test
  void theRealRegistryReadsTheSame() throws Exception {
    sameAsSnakeYamlsOwnReader(Files.readString(Path.of("../testdata/anthology-of-the-sota/research.yaml")));
  }

  @Test
  void awkwardTextsReadTheSame() {
    for (String text : List.of(
        "a: \"\uD83D\uDE00 emoji \uD83D\uDE00\"\nb: [\uD83D\uDE00, x]\n",
        "\uFEFFa: 1\r\nb:\r\n  - c\r\n  - 'd ''e'''\r\n",
        "a: |\n  block\n  text\nb: >-\n  folded\n  text\n",
        "a: \"x\u2028y\"\nb: [1, {c: d}]\n",
        "- &x [1, 2]\n- *x\n- {k: *x}\n",
        "key with spaces: value with:colons\n\"quoted key\": ~\n",
        "a: " + "x".repeat(5000) + "\nb: c\n")) {
      sameAsSnakeYamlsOwnReader(text);
    }
  }
}
