package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.source.Scalar;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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

  /** Adds the ids of the tags that name an active topic, each once. */
  void addActive(List<Scalar> tags, Map<String, Integer> active) {
    for (Scalar tag : tags) {
      Integer id = active.get(tag.text());
      if (id != null) {
        add(id);
      }
    }
  }

  void addAll(TopicIds other) {
    for (int i = 0; i < other.size; i++) {
      add(other.ids[i]);
    }
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
