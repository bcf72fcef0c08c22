package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.rules.api.Suggestions;
import io.github.anthology.rules.builtin.naming.TopicNames;
import java.util.Collection;
import java.util.Optional;

/** The closest known topic to a misspelt one: its hyphenated form if defined, else by spelling. */
final class DidYouMean {
  private DidYouMean() {}

  static Optional<String> closest(String name, Collection<String> known) {
    String normal = TopicNames.toHyphenatedLowercase(name);
    if (known.contains(normal)) {
      return Optional.of(normal);
    }
    return Suggestions.closest(normal, known);
  }
}
