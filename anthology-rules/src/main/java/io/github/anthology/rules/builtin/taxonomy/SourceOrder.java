package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import java.util.Comparator;
import java.util.List;

/** Topics in the order they stand in their file, so "first" never depends on reading order. */
final class SourceOrder {
  private SourceOrder() {}

  static List<Topic> topics(Taxonomy taxonomy) {
    return taxonomy.topics().stream().sorted(Comparator.comparing(Topic::span)).toList();
  }
}
