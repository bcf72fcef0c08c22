package io.github.anthology.rules.diff;

import java.util.Comparator;
import java.util.List;

/** What changed of one kind of entity: those added, removed and changed, each list in key order. */
public record DiffSection(List<DiffItem> added, List<DiffItem> removed, List<Modification> changed) {
  private static final Comparator<DiffItem> BY_KEY = Comparator.comparing(DiffItem::key)
      .thenComparing(i -> i.fields().toString());

  public DiffSection {
    added = added.stream().sorted(BY_KEY).toList();
    removed = removed.stream().sorted(BY_KEY).toList();
    changed = changed.stream().sorted(Modification.ORDER).toList();
  }

  public static DiffSection empty() {
    return new DiffSection(List.of(), List.of(), List.of());
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  public int size() {
    return added.size() + removed.size() + changed.size();
  }

  /** The same section seen from the other version: added and removed swap, each change turns round. */
  public DiffSection mirror() {
    return new DiffSection(removed, added, changed.stream().map(Modification::mirror).toList());
  }
}
