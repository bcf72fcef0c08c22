package io.github.anthology.render.diff;

import io.github.anthology.rules.diff.DiffItem;
import io.github.anthology.rules.diff.DiffSection;
import io.github.anthology.rules.diff.FieldChange;
import java.util.List;
import java.util.Set;

/** How the parts of a diff read in the text and Markdown forms. */
final class DiffWords {
  /** Kinds whose value is one string (or none); the others are lists. */
  static final Set<String> SINGLE = Set.of("id", "reworded", "status", "title", "arxiv_id", "first_author", "year",
      "experimental", "attic", "kind", "summary", "parent", "replaced_by", "deprecation_reason", "paper", "deprecated",
      "reactivated", "renamed");

  private DiffWords() {}

  /** {@code 1 added, 0 removed, 2 changed}. */
  static String counts(DiffSection s) {
    return s.added().size() + " added, " + s.removed().size() + " removed, " + s.changed().size() + " changed";
  }

  /** A one-line description of an item: its key, then what else names it. */
  static String describe(String section, DiffItem item) {
    return switch (section) {
      case "papers" -> item.key() + (item.field("title").equals(item.key()) ? "" : "  " + item.field("title"))
          + (item.field("year").isEmpty() ? "" : " (" + item.field("year") + ")");
      case "recommendations" -> (item.fields().containsKey("id") ? item.field("id") + "  " : "")
          + quote(item.field("text")) + " (" + String.join(", ", nonEmpty(item.field("topic"), item.field("status")))
          + (item.field("paper").isEmpty() ? "" : "; paper " + item.field("paper")) + ")";
      default -> item.key() + (item.field("status").equals("deprecated") ? " (deprecated)" : "");
    };
  }

  /** {@code status: standard → deprecated}, {@code retagged: [a] → [a, b]}. */
  static String change(FieldChange c) {
    return c.kind() + ": " + value(c.kind(), c.before()) + " → " + value(c.kind(), c.after());
  }

  static String value(String kind, List<String> values) {
    if (SINGLE.contains(kind)) {
      if (values.isEmpty()) {
        return "(none)";
      }
      return kind.equals("reworded") || kind.equals("title") || kind.equals("summary") ? quote(values.get(0)) : values.get(0);
    }
    return "[" + String.join(", ", values) + "]";
  }

  static String quote(String text) {
    return "\"" + text + "\"";
  }

  private static List<String> nonEmpty(String... values) {
    return java.util.Arrays.stream(values).filter(v -> !v.isEmpty()).toList();
  }
}
