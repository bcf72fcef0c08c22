package io.github.anthology.rules.diff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entity added or removed, or the entity a change is about: a key that names it ({@code 2204.02311},
 * a recommendation id, a topic name) and the fields that describe it, in a fixed order.
 */
public record DiffItem(String key, Map<String, String> fields) {
  public DiffItem {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The field's value, or the empty string. */
  public String field(String name) {
    return fields.getOrDefault(name, "");
  }
}
