package io.github.anthology.render.diff;

import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.diff.DiffItem;
import io.github.anthology.rules.diff.DiffSection;
import io.github.anthology.rules.diff.FieldChange;
import io.github.anthology.rules.diff.Modification;
import io.github.anthology.rules.diff.RegistryDiff;
import java.util.List;

/**
 * The diff for a terminal: a heading with counts for each kind of entity, then one line per entity
 * ({@code +} added, {@code -} removed, {@code ~} changed) and an indented line per change.
 */
public final class DiffText {
  private DiffText() {}

  public static String render(RegistryDiff diff) {
    if (diff.isEmpty()) {
      return "No changes.\n";
    }
    StringBuilder out = new StringBuilder();
    section(out, "Papers", "papers", diff.papers());
    section(out, "Recommendations", "recommendations", diff.recommendations());
    section(out, "Topics", "topics", diff.topics());
    out.append("Findings: ").append(diff.findings().introduced().size()).append(" introduced, ")
        .append(diff.findings().resolved().size()).append(" resolved\n");
    findings(out, "+", diff.findings().introduced());
    findings(out, "-", diff.findings().resolved());
    return out.toString();
  }

  private static void section(StringBuilder out, String title, String section, DiffSection s) {
    out.append(title).append(": ").append(DiffWords.counts(s)).append('\n');
    for (DiffItem i : s.added()) {
      out.append("  + ").append(DiffWords.describe(section, i)).append('\n');
    }
    for (DiffItem i : s.removed()) {
      out.append("  - ").append(DiffWords.describe(section, i)).append('\n');
    }
    for (Modification m : s.changed()) {
      out.append("  ~ ").append(DiffWords.describe(section, m.after())).append('\n');
      for (FieldChange c : m.changes()) {
        out.append("      ").append(DiffWords.change(c)).append('\n');
      }
    }
  }

  private static void findings(StringBuilder out, String sign, List<Finding> findings) {
    for (Finding f : findings) {
      out.append("  ").append(sign).append(' ').append(f.span().location()).append(": ").append(f.severity().label())
          .append(' ').append(f.ruleId()).append(": ").append(f.message()).append('\n');
    }
  }
}
