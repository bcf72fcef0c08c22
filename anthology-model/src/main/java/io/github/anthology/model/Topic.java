package io.github.anthology.model;

import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A topic of the governed taxonomy. */
@Value.Immutable
public interface Topic {
  Scalar name();

  Optional<TopicKind> kind();

  /** The kind as written, kept so a bad value can be reported where it stands. */
  Optional<Scalar> kindText();

  Optional<String> summary();

  List<Scalar> scope();

  Optional<Scalar> parent();

  List<Scalar> related();

  List<Scalar> keyReferences();

  /** The names this topic consolidates (older names, still resolvable). */
  List<Scalar> previously();

  Optional<Deprecation> deprecation();

  List<Extra> extras();

  SourceSpan span();

  default boolean isDeprecated() {
    return deprecation().isPresent();
  }

  default String nameText() {
    return name().text();
  }

  static ImmutableTopic.Builder builder() {
    return ImmutableTopic.builder();
  }
}
