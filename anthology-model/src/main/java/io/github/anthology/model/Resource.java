package io.github.anthology.model;

import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An entry of a reading list: a link under a path of section headings. */
@Value.Immutable
public interface Resource {
  String title();

  Scalar url();

  Optional<String> description();

  List<String> sectionPath();

  SourceSpan span();

  /**
   * Whether the link is only mentioned in the description of another link's entry ("a fork of
   * [X]", "documentation [here]"), rather than being its entry's own link: the first link of a
   * list item, or the one a {@code " - "} description follows.
   */
  @Value.Default
  default boolean mentioned() {
    return false;
  }

  static ImmutableResource.Builder builder() {
    return ImmutableResource.builder();
  }
}
