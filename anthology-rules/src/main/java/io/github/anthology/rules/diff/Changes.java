package io.github.anthology.rules.diff;

import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the field changes of one entity, in the order they are compared. */
final class Changes {
  private final List<FieldChange> changes = new ArrayList<>();

  /** A change of one value (empty when absent); values compare as trimmed text. */
  Changes value(String kind, Optional<String> before, Optional<String> after) {
    return list(kind, before.map(String::trim).filter(s -> !s.isEmpty()).stream().toList(),
        after.map(String::trim).filter(s -> !s.isEmpty()).stream().toList());
  }

  Changes scalar(String kind, Optional<Scalar> before, Optional<Scalar> after) {
    return value(kind, before.map(Scalar::text), after.map(Scalar::text));
  }

  Changes scalars(String kind, List<Scalar> before, List<Scalar> after) {
    return list(kind, texts(before), texts(after));
  }

  /** A change of a list: its order counts (the first topic tag is the primary one). */
  Changes list(String kind, List<String> before, List<String> after) {
    List<String> b = before.stream().map(String::trim).toList();
    List<String> a = after.stream().map(String::trim).toList();
    if (!b.equals(a)) {
      changes.add(new FieldChange(kind, b, a));
    }
    return this;
  }

  Changes add(FieldChange change) {
    changes.add(change);
    return this;
  }

  boolean isEmpty() {
    return changes.isEmpty();
  }

  List<FieldChange> list() {
    return List.copyOf(changes);
  }

  static List<String> texts(List<Scalar> scalars) {
    return scalars.stream().map(Scalar::text).toList();
  }
}
