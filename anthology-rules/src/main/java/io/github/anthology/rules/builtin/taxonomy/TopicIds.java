package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.rules.api.TopicTags;
import java.util.Arrays;

/**
 * A small set of topic ids, as a growable array: the distinct active topics of one
 * recommendation or one paper. A handful each, so membership is a scan; a million records need no
 * million hash sets.
 */
final class TopicIds {
  private int[] ids = new int[4];
  private int size;

  int size() {
    return size;
  }

  /** The ids; only the first {@link #size()} count. */
  int[] ids() {
    return ids;
  }

  void clear() {
    size = 0;
  }

  /**
   * Replaces the ids with those of a recommendation's tags that name an active topic, each once,
   * primary first: {@code activeIds} maps a tag's id to its active topic's id, or -1.
   */
  TopicIds setActive(TopicTags tags, int rec, int[] activeIds) {
    size = 0;
    for (int at = tags.start(rec); at < tags.end(rec); at++) {
      int id = activeIds[tags.tag(at)];
      if (id >= 0) {
        add(id);
      }
    }
    return this;
  }

  private void add(int id) {
    for (int i = 0; i < size; i++) {
      if (ids[i] == id) {
        return;
      }
    }
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
    }
    ids[size++] = id;
  }
}
