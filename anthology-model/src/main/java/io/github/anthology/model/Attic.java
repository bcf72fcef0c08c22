package io.github.anthology.model;

import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Why a paper no longer reflects best practice, and what replaced it. */
@Value.Immutable
public interface Attic {
  Optional<String> reason();

  /** arXiv ids (or recommendation ids) of the work that superseded this paper. */
  List<Scalar> supersededBy();

  List<Scalar> seeAlso();

  SourceSpan span();

  static ImmutableAttic.Builder builder() {
    return ImmutableAttic.builder();
  }
}
