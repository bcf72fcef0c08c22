package io.github.anthology.io.ids;

import java.util.List;

/**
 * The ids a published registry gives, in the order it lists them. {@code textless} when it is the
 * reference system's side-car counter file, which records which ids were issued to which paper but
 * not the practices' texts: those ids are matched by their number, the position of the practice
 * in its paper, as the reference numbered them.
 */
public record Published(String file, List<PublishedId> ids, boolean textless) {
  public Published {
    ids = List.copyOf(ids);
  }
}
