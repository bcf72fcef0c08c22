package io.github.anthology.io.yaml;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.Paper;
import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The papers of a research.yaml as {@link StreamingComposer} hands its nodes over, each checked
 * ({@link NodeCheck}) and read ({@link PaperNodes}) once complete and then let go. It keeps what
 * reading the composed document would do: the budget is spent in the same order, and of several
 * errors the one that reading the whole would meet first is the one given (a check error before a
 * key error of the root mapping, that before an error in a paper, each the first in document
 * order).
 */
final class PaperStream implements StreamingComposer.Listener {
  private static final String WHAT = "research.yaml";
  private final YamlNodes nodes;
  private final PaperNodes papers;
  private final NodeCheck check;
  private final List<Paper> read = new ArrayList<>();
  private final Set<String> years = new HashSet<>();
  private ReadException checkError;
  private ReadException keyError;
  private ReadException paperError;
  private boolean unsure;
  private boolean blockRoot;
  private String year;
  private Scalar yearKey;
  private int item;
  private boolean listShared;

  /** The stream of {@code file}, a text of {@code textLength} characters. */
  PaperStream(String file, int textLength) {
    this.nodes = new YamlNodes(file);
    this.papers = new PaperNodes(nodes);
    this.check = new NodeCheck(file, textLength);
  }

  @Override
  public void root(CollectionStartEvent start) {
    // A tagged or anchored root is rare enough to be read the whole way.
    unsure |= start.getTag() != null || start.getAnchor() != null;
    blockRoot = start.getFlowStyle() == DumperOptions.FlowStyle.BLOCK;
    check.count();
  }

  @Override
  public void key(Node key) {
    if (checked(key, 1)) {
      year = null;
      if (!(key instanceof ScalarNode scalar)) {
        keyError(nodes.notPlain(key, WHAT));
      } else if (!years.add(scalar.getValue())) {
        keyError(nodes.twice(scalar, WHAT));
      } else {
        year = scalar.getValue();
        yearKey = nodes.scalar(key);
        item = 0;
      }
    }
  }

  @Override
  public void listStart(CollectionStartEvent start) {
    unsure |= start.getTag() != null || (checkError == null && !check.count());
    listShared = start.getAnchor() != null;
  }

  @Override
  public void item(Node node, boolean shared) {
    if (checked(node, 2)) {
      read(node, item);
    }
    item++;
    if (!shared && !listShared && node instanceof MappingNode paper) {
      paper.setValue(List.of());
    }
  }

  @Override
  public void value(Node value) {
    if (checked(value, 1)) {
      List<Node> items = nodes.items(value);
      for (int i = 0; i < items.size() && paperError == null; i++) {
        read(items.get(i), i);
      }
    }
  }

  @Override
  public void unsure() {
    unsure = true;
  }

  /** Whether the node checks out, as long as nothing has failed the check before it. */
  private boolean checked(Node node, int depth) {
    if (checkError != null) {
      return false;
    }
    try {
      check.check(node, depth);
      return true;
    } catch (ReadException e) {
      checkError = e;
      return false;
    }
  }

  private void read(Node node, int index) {
    if (keyError == null && paperError == null && year != null) {
      try {
        read.add(papers.paper(node, yearKey, "/" + year + "/" + index));
      } catch (ReadException e) {
        paperError = e;
      }
    }
  }

  private void keyError(ReadException e) {
    if (keyError == null) {
      keyError = e;
    }
  }

  /** The papers, the error reading the whole document would give, or nothing when the stream could not be sure. */
  Optional<List<Paper>> papers() throws ReadException {
    if (unsure) {
      return Optional.empty();
    }
    for (ReadException e : new ReadException[] {checkError, keyError, paperError}) {
      if (e != null) {
        throw e;
      }
    }
    return Optional.of(read);
  }

  /** The years (keys of the root mapping) read. */
  Set<String> years() {
    return years;
  }

  /** Whether the root was a block mapping. */
  boolean blockRoot() {
    return blockRoot;
  }

  /** The nodes the check counted. */
  long counted() {
    return check.counted();
  }
}
