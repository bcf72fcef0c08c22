package io.github.anthology.io.yaml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's composer, composing as it always does, that hands a document keyed by year over as
 * it goes: each key of the root mapping once complete, each item of a year's list once complete
 * (an alias item too), and any other value of the root once complete. Whoever listens may empty
 * what it was handed, so the document's tree is never whole in memory. Where it cannot be sure
 * to hand over what it would compose (an alias item whose anchor is not yet complete), it says so.
 */
final class StreamingComposer extends Composer {
  /** What the composer hands over, in document order. */
  interface Listener {
    /** The root mapping begins. */
    void root(CollectionStartEvent start);

    /** A key of the root mapping, complete. */
    void key(Node key);

    /** The value of the last key is a list, which begins; its items follow. */
    void listStart(CollectionStartEvent start);

    /** An item of a year's list, complete; {@code shared} when it is anchored or an alias, so others may hold it. */
    void item(Node item, boolean shared);

    /** The value of the last key, complete, when it is not a list. */
    void value(Node value);

    /** Something the stream cannot follow exactly: the caller composes the whole document instead. */
    void unsure();
  }

  private final Listener listener;
  /** Anchored nodes, once complete: what an alias item is. */
  private final Map<String, Node> complete = new HashMap<>();
  /** Collections open. */
  private int depth;
  private boolean rootValue;
  private boolean inList;
  private boolean listed;

  private StreamingComposer(EventTap parser, LoaderOptions options, Listener listener) {
    super(parser, new Resolver(), options);
    this.listener = listener;
    parser.onAlias(this::alias);
  }

  /** A composer of {@code parser}'s events, handing them to {@code listener}. */
  static StreamingComposer of(org.yaml.snakeyaml.parser.Parser parser, LoaderOptions options, Listener listener) {
    return new StreamingComposer(new EventTap(parser), options, listener);
  }

  @Override
  protected Node composeKeyNode(MappingNode parent) {
    Node key = super.composeKeyNode(parent);
    if (depth == 1) {
      listener.key(key);
    }
    return key;
  }

  @Override
  protected Node composeValueNode(MappingNode parent) {
    if (depth != 1) {
      return super.composeValueNode(parent);
    }
    rootValue = true;
    listed = false;
    Node value = super.composeValueNode(parent);
    rootValue = false;
    if (!listed) {
      listener.value(value);
    }
    return value;
  }

  @Override
  protected Node composeScalarNode(String anchor, List<CommentLine> blockComments) {
    boolean item = depth == 2 && inList;
    complete.remove(anchor);
    Node node = super.composeScalarNode(anchor, blockComments);
    return completed(anchor, node, item);
  }

  @Override
  protected Node composeSequenceNode(String anchor) {
    boolean list = depth == 1 && rootValue;
    if (list) {
      listener.listStart((CollectionStartEvent) parser.peekEvent());
    }
    Node node = collection(anchor, list, () -> super.composeSequenceNode(anchor));
    listed |= list;
    return node;
  }

  @Override
  protected Node composeMappingNode(String anchor) {
    if (depth == 0) {
      listener.root((CollectionStartEvent) parser.peekEvent());
    }
    return collection(anchor, false, () -> super.composeMappingNode(anchor));
  }

  private Node collection(String anchor, boolean list, Supplier<Node> compose) {
    boolean item = depth == 2 && inList;
    complete.remove(anchor);
    inList |= list;
    depth++;
    Node node = compose.get();
    depth--;
    inList &= !list;
    return completed(anchor, node, item);
  }

  private Node completed(String anchor, Node node, boolean item) {
    if (anchor != null) {
      complete.put(anchor, node);
    }
    if (item) {
      listener.item(node, anchor != null);
    }
    return node;
  }

  /** An alias as an item of a year's list is that item; one whose node is not complete cannot be followed. */
  private void alias(AliasEvent alias) {
    if (depth == 2 && inList) {
      Node target = complete.get(alias.getAnchor());
      if (target == null) {
        listener.unsure();
      } else {
        listener.item(target, true);
      }
    }
  }
}
