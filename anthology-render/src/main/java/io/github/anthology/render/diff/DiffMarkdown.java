package io.github.anthology.render.diff;

import io.github.anthology.render.markdown.MarkdownText;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.diff.DiffItem;
import io.github.anthology.rules.diff.DiffSection;
import io.github.anthology.rules.diff.FieldChange;
import io.github.anthology.rules.diff.Modification;
import io.github.anthology.rules.diff.RegistryDiff;
import java.util.List;
import java.util.stream.Collectors;

/** The diff as a changelog section in Markdown: a heading, then a sub-section per kind of entity that changed. */
public final class DiffMarkdown {
  private DiffMarkdown() {}

  /** The section under {@code ## heading}; every text is escaped, so a practice's text cannot break the list. */
  public static String render(RegistryDiff diff, String heading) {
    StringBuilder out = new StringBuilder("## ").append(MarkdownText.inline(heading)).append("\n\n");
    if (diff.isEmpty()) {
      return out.append("No changes.\n").toString();
    }
    section(out, "Papers", "papers", diff.papers());
    section(out, "Recommendations", "recommendations", diff.recommendations());
    section(out, "Topics", "topics", diff.topics());
    if (!diff.findings().isEmpty()) {
      out.append("### Findings\n\n");
      findings(out, "Introduced", diff.findings().introduced());
      findings(out, "Resolved", diff.findings().resolved());
      out.append('\n');
    }
    return out.toString();
  }

  private static void section(StringBuilder out, String title, String section, DiffSection s) {
    if (s.isEmpty()) {
      return;
    }
    out.append("### ").append(title).append(" (").append(DiffWords.counts(s)).append(")\n\n");
    for (DiffItem i : s.added()) {
      out.append("- Added: ").append(md(DiffWords.describe(section, i))).append('\n');
    }
    for (DiffItem i : s.removed()) {
      out.append("- Removed: ").append(md(DiffWords.describe(section, i))).append('\n');
    }
    for (Modification m : s.changed()) {
      out.append("- Changed: ").append(md(DiffWords.describe(section, m.after()))).append(": ")
          .append(m.changes().stream().map(DiffMarkdown::change).collect(Collectors.joining("; "))).append('\n');
    }
    out.append('\n');
  }

  private static String change(FieldChange c) {
    return "*" + c.kind().replace('_', ' ') + "* " + md(DiffWords.value(c.kind(), c.before())) + " → "
        + md(DiffWords.value(c.kind(), c.after()));
  }

  private static void findings(StringBuilder out, String what, List<Finding> findings) {
    for (Finding f : findings) {
      out.append("- ").append(what).append(": `").append(f.ruleId()).append("` ").append(md(f.message()))
          .append(" (").append(md(f.span().location())).append(")\n");
    }
  }

  private static String md(String text) {
    return MarkdownText.inline(text);
  }
}
