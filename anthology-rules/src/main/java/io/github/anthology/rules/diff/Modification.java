package io.github.anthology.rules.diff;

import java.util.Comparator;
import java.util.List;

/**
 * An entity present in both versions that changed: how it was and how it is, and each change.
 */
public record Modification(DiffItem before, DiffItem after, List<FieldChange> changes) {
  /** A total order, so that a section's list does not depend on which version was read first (keys can repeat). */
  static final Comparator<Modification> ORDER = Comparator.comparing((Modification m) -> m.after().key())
      .thenComparing(m -> m.before().key())
      .thenComparing(m -> m.after().fields().toString())
      .thenComparing(m -> m.before().fields().toString())
      .thenComparing(m -> m.changes().toString());

  public Modification {
    changes = List.copyOf(changes);
  }

  /** The kinds of change, in order: {@code reworded}, {@code status}, ... */
  public List<String> kinds() {
    return changes.stream().map(FieldChange::kind).toList();
  }

  /** The same modification seen from the other version. */
  public Modification mirror() {
    return new Modification(after, before, changes.stream().map(FieldChange::mirror).toList());
  }
}
