package io.github.anthology.io.registry;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares one copy of each short value that recurs across records (topics, statuses, authors,
 * arXiv ids), so a million recommendations do not hold a million copies of {@code "standard"}.
 * Bounded: past {@link #MAX_ENTRIES} distinct values, new ones are no longer remembered.
 */
final class Interner {
  static final int MAX_LENGTH = 64;
  static final int MAX_ENTRIES = 1 << 17;
  private final Map<String, String> values = new HashMap<>();

  String intern(String value) {
    if (value.length() > MAX_LENGTH) {
      return value;
    }
    String known = values.get(value);
    if (known != null) {
      return known;
    }
    if (values.size() < MAX_ENTRIES) {
      values.put(value, value);
    }
    return value;
  }
}
