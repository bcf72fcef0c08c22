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

  static ImmutableResource.Builder builder() {
    return ImmutableResource.builder();
  }
}
