package io.github.anthology.model;

import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.Optional;
import org.immutables.value.Value;

/** The historical record a deprecated topic keeps: why, when, and what replaced it. */
@Value.Immutable
public interface Deprecation {
  Optional<String> reason();

  Optional<String> date();

  Optional<Scalar> replacedBy();

  SourceSpan span();

  static ImmutableDeprecation.Builder builder() {
    return ImmutableDeprecation.builder();
  }
}
