package io.github.anthology.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The governed list of topics. */
@Value.Immutable
public interface Taxonomy {
  List<Topic> topics();

  /** The file it was read from, when it was read from one. */
  Optional<String> file();

  /** Whether the taxonomy was declared in a file or inferred from the tags in use. */
  @Value.Default
  default boolean declared() {
    return true;
  }

  /** Topics by name; the first definition wins when a name is defined twice. */
  @Value.Lazy
  default Map<String, Topic> byName() {
    Map<String, Topic> map = new LinkedHashMap<>();
    for (Topic t : topics()) {
      map.putIfAbsent(t.nameText(), t);
    }
    return map;
  }

  default Optional<Topic> find(String name) {
    return Optional.ofNullable(byName().get(name));
  }

  static ImmutableTaxonomy.Builder builder() {
    return ImmutableTaxonomy.builder();
  }
}
