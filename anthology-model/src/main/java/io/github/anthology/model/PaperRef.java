package io.github.anthology.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** What a recommendation records of the paper it was drawn from. */
// Hashed once and kept: rules key maps by paper once per recommendation, a million times at scale.
@Value.Immutable(lazyhash = true)
public interface PaperRef {
  Optional<String> arxivId();

  Optional<String> title();

  Optional<String> firstAuthor();

  OptionalInt year();

  static ImmutablePaperRef.Builder builder() {
    return ImmutablePaperRef.builder();
  }
}
