package io.github.anthology.rules.api;

import io.github.anthology.model.source.SourceSpan;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What a rule found: where, how bad, what to do, and a stable pointer to the entity. */
@Value.Immutable
public interface Finding {
  /** Source order, then rule, then message: the order every report uses. */
  Comparator<Finding> ORDER =
      Comparator.comparing(Finding::span)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message)
          .thenComparing(f -> f.pointer().orElse(""));

  String ruleId();

  Severity severity();

  String message();

  SourceSpan span();

  List<Related> related();

  /** A recommendation id, a topic name, or a JSON Pointer into the document. */
  Optional<String> pointer();

  List<Fix> fixes();

  static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }
}
