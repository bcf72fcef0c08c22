package io.github.anthology.bench.generate;

import java.util.List;

/** A topic of the generated taxonomy; {@code replacedBy} is null unless it is deprecated. */
public record SyntheticTopic(
    String name,
    String kind,
    String summary,
    List<String> scope,
    String parent,
    List<String> related,
    List<String> keyReferences,
    List<String> previously,
    String replacedBy) {

  public boolean deprecated() {
    return replacedBy != null;
  }
}
