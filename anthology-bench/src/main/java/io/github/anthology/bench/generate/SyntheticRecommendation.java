package io.github.anthology.bench.generate;

import java.util.List;

/**
 * A generated recommendation. {@code topic}, {@code secondary} and {@code status} are null when
 * the item inherits them from its paper; {@code supersededBy} names a later
 * recommendation id.
 */
public record SyntheticRecommendation(
    String id,
    String text,
    String topic,
    List<String> secondary,
    String status,
    String supersededBy,
    String reason) {

  public SyntheticRecommendation supersede(String successorId, String why) {
    return new SyntheticRecommendation(id, text, topic, secondary, "deprecated", successorId, why);
  }
}
