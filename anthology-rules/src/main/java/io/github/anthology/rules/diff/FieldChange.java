package io.github.anthology.rules.diff;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing that changed about an entity: its kind ({@code reworded}, {@code retagged},
 * {@code status}, {@code renamed}, ...) and the values before and after, each a list of strings
 * (empty when there was none). Seen from the other side, the values swap and a kind with a
 * direction turns round (merged and split, deprecated and reactivated).
 */
public record FieldChange(String kind, List<String> before, List<String> after) {
  private static final Map<String, String> TURNED = Map.of(
      "merged", "split", "split", "merged", "deprecated", "reactivated", "reactivated", "deprecated");

  public FieldChange {
    Objects.requireNonNull(kind, "kind");
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  public static FieldChange of(String kind, String before, String after) {
    return new FieldChange(kind, before == null ? List.of() : List.of(before), after == null ? List.of() : List.of(after));
  }

  /** The same change seen from the other version. */
  public FieldChange mirror() {
    return new FieldChange(TURNED.getOrDefault(kind, kind), after, before);
  }
}
