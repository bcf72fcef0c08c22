package io.github.anthology.render.view;

import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one order topics appear in everywhere: the declared taxonomy's order, then undeclared names
 * alphabetically (case-insensitive, ties broken exactly), then recommendations without a topic.
 */
final class TopicOrder {
  static final Comparator<String> ALPHABETICAL =
      Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder());

  private TopicOrder() {}

  static List<String> of(Optional<Taxonomy> taxonomy, Collection<String> used) {
    Set<String> order = new LinkedHashSet<>();
    taxonomy.ifPresent(t -> t.topics().stream().map(Topic::nameText).filter(used::contains).forEach(order::add));
    used.stream().filter(t -> !t.equals(RegistryView.NO_TOPIC)).sorted(ALPHABETICAL).forEach(order::add);
    if (used.contains(RegistryView.NO_TOPIC)) {
      order.add(RegistryView.NO_TOPIC);
    }
    return List.copyOf(order);
  }
}
