package io.github.anthology.io.rewrite;

import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a retired topic name now points: a name in an active topic's {@code previously} list goes
 * to that topic, a deprecated topic to its {@code replaced_by}, followed until an active topic is
 * reached. Names of active topics map to themselves; other names are not mapped.
 */
public final class TopicMapping {
  private final Set<String> active = new LinkedHashSet<>();
  private final Map<String, String> next = new HashMap<>();

  private TopicMapping() {}

  /** The taxonomy's mapping plus extra {@code old -> new} pairs, which win over it. */
  public static TopicMapping of(Taxonomy taxonomy, Map<String, String> extra) {
    TopicMapping m = new TopicMapping();
    for (Topic t : taxonomy.topics()) {
      if (t.isDeprecated()) {
        t.deprecation().flatMap(d -> d.replacedBy()).ifPresent(s -> m.next.put(t.nameText(), s.text()));
      } else {
        m.active.add(t.nameText());
      }
    }
    for (Topic t : taxonomy.topics()) {
      if (!t.isDeprecated()) {
        for (Scalar old : t.previously()) {
          if (!m.active.contains(old.text())) {
            m.next.putIfAbsent(old.text(), t.nameText());
          }
        }
      }
    }
    m.next.putAll(extra);
    return m;
  }

  /** Only the given {@code old -> new} pairs; every other name stays as it is. */
  public static TopicMapping only(Map<String, String> pairs) {
    TopicMapping m = new TopicMapping();
    m.active.addAll(pairs.values());
    m.next.putAll(pairs);
    return m;
  }

  public boolean isActive(String name) {
    return active.contains(name);
  }

  /** The active topic a name stands for now, if it stands for one. */
  public Optional<String> resolve(String name) {
    String current = name;
    Set<String> seen = new LinkedHashSet<>();
    while (!active.contains(current)) {
      if (!seen.add(current) || !next.containsKey(current)) {
        return Optional.empty();
      }
      current = next.get(current);
    }
    return Optional.of(current);
  }

  /** The name to write instead of {@code name}: its active successor, or itself. */
  public String retag(String name) {
    return resolve(name).orElse(name);
  }
}
