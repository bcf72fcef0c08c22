package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The retired names of a taxonomy and what replaced each: a deprecated topic's {@code replaced_by}
 * (followed along chains of deprecations to an active topic), or the topic whose
 * {@code previously} lists the name.
 */
final class Successors {
  /** A retired name: where it was retired, why, and its active successor if there is one. */
  record Retired(String name, SourceSpan where, String why, Optional<String> successor) {}

  private Successors() {}

  static Map<String, Retired> of(Taxonomy taxonomy) {
    Map<String, Retired> retired = new LinkedHashMap<>();
    for (Topic t : SourceOrder.topics(taxonomy)) {
      if (!t.isDeprecated()) {
        for (Scalar old : t.previously()) {
          if (taxonomy.find(old.text()).map(Topic::isDeprecated).orElse(true)) {
            retired.putIfAbsent(old.text(), new Retired(old.text(), old.span(),
                "consolidated into `" + t.nameText() + "`", Optional.of(t.nameText())));
          }
        }
      }
    }
    for (Topic t : SourceOrder.topics(taxonomy)) {
      if (t.isDeprecated()) {
        Optional<String> successor = activeSuccessor(taxonomy, t);
        if (successor.isEmpty() && retired.containsKey(t.nameText())) {
          continue;
        }
        retired.put(t.nameText(), new Retired(t.nameText(), t.deprecation().get().span(),
            "deprecated" + t.deprecation().get().reason().map(r -> " (" + r + ")").orElse(""),
            successor));
      }
    }
    return retired;
  }

  private static Optional<String> activeSuccessor(Taxonomy taxonomy, Topic topic) {
    Set<String> seen = new HashSet<>();
    Topic current = topic;
    while (current.isDeprecated() && seen.add(current.nameText())) {
      Optional<Scalar> next = current.deprecation().get().replacedBy();
      if (next.isEmpty() || taxonomy.find(next.get().text()).isEmpty()) {
        return Optional.empty();
      }
      current = taxonomy.find(next.get().text()).get();
    }
    return current.isDeprecated() ? Optional.empty() : Optional.of(current.nameText());
  }
}
