package io.github.anthology.lsp.features;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import java.util.Optional;

/** What the registry says of a topic name: its declaration, the topic a retired name now belongs to, its use. */
final class TopicFacts {
  private TopicFacts() {}

  /**
   * @param anthology the registry
   * @param name a topic name
   * @return the topic declared with the name
   */
  static Optional<Topic> declared(Anthology anthology, String name) {
    return anthology.taxonomy().filter(Taxonomy::declared).flatMap(t -> t.find(name));
  }

  /**
   * @param anthology the registry
   * @param name a name no topic has
   * @return the active topic that lists it under {@code previously}
   */
  static Optional<Topic> consolidating(Anthology anthology, String name) {
    return anthology.taxonomy().stream().flatMap(t -> t.topics().stream())
        .filter(t -> t.previously().stream().map(Scalar::text).anyMatch(name::equals)).findFirst();
  }

  /**
   * @param topic a deprecated topic
   * @return the name of its successor, if it has one
   */
  static Optional<String> successor(Topic topic) {
    return topic.deprecation().flatMap(d -> d.replacedBy()).map(Scalar::text);
  }

  /**
   * @param anthology the registry
   * @param name a topic name
   * @return how many recommendations have it as primary topic, and how many as secondary
   */
  static int[] uses(Anthology anthology, String name) {
    int primary = 0;
    int secondary = 0;
    for (Recommendation r : anthology.recommendations()) {
      if (r.primaryTopics().stream().map(Scalar::text).anyMatch(name::equals)) {
        primary++;
      } else if (r.secondaryTopics().stream().map(Scalar::text).anyMatch(name::equals)) {
        secondary++;
      }
    }
    return new int[] {primary, secondary};
  }
}
