package io.github.anthology.render.view;

import java.util.List;

/** What superseded a recommendation, and what superseded that, in order; {@code cycle} when it leads back. */
public record Chain(List<Link> links, boolean cycle) {
  /** Nothing superseded it. */
  public static final Chain NONE = new Chain(List.of(), false);

  public Chain {
    links = List.copyOf(links);
  }

  public boolean isEmpty() {
    return links.isEmpty();
  }
}
