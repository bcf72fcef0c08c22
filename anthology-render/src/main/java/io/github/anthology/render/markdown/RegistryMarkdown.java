package io.github.anthology.render.markdown;

import static io.github.anthology.render.markdown.MarkdownText.inline;

import io.github.anthology.model.Status;
import io.github.anthology.model.stats.TopicStatistics;
import io.github.anthology.render.text.TextOut;
import io.github.anthology.render.view.Chain;
import io.github.anthology.render.view.Entry;
import io.github.anthology.render.view.Link;
import io.github.anthology.render.view.RegistryView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * REGISTRY.md: the recommendations under Experimental, Standard and Deprecated, each exactly once
 * under its one status and its one topic, then per-topic statistics. A date appears only when one
 * is given, so rebuilding unchanged data changes no byte.
 */
public final class RegistryMarkdown {
  public static final String TITLE = "ML Training Recommendations Registry";

  private RegistryMarkdown() {}

  public static String render(RegistryView view, Optional<LocalDate> date) {
    return TextOut.text(md -> write(view, date, md));
  }

  /** Writes REGISTRY.md to {@code md} as it goes, never holding the whole document. */
  public static void write(RegistryView view, Optional<LocalDate> date, TextOut md) {
    md.append("# ").append(TITLE).append("\n\n");
    date.ifPresent(d -> md.append("Last updated: ").append(d.toString()).append("\n\n"));
    md.append(view.summary()).append("\n\n");
    for (Status status : Status.values()) {
      md.append("## ").append(heading(status)).append("\n\n");
      Map<String, List<Entry>> groups = view.byTopic(status);
      if (groups.isEmpty()) {
        md.append("None.\n\n");
      }
      groups.forEach((topic, entries) -> {
        md.append("### ").append(inline(topic)).append("\n\n");
        entries.forEach(e -> item(md, e, view.chainOf(e)));
      });
    }
    md.append("## Statistics\n");
    for (TopicStatistics s : view.statistics()) {
      md.append("\n### ").append(inline(s.name())).append("\n\n");
      md.append("- Total recommendations: ").append(s.count()).append('\n');
      if (s.earliest().isPresent()) {
        md.append("- Year range: ").append(s.earliest().getAsInt()).append(" - ").append(s.latest().getAsInt()).append('\n');
      }
    }
  }

  public static String heading(Status status) {
    return switch (status) {
      case EXPERIMENTAL -> "Experimental Recommendations";
      case STANDARD -> "Standard Recommendations";
      case DEPRECATED -> "Deprecated Recommendations";
    };
  }

  private static void item(TextOut md, Entry e, Chain chain) {
    md.append("- ").append(inline(e.text())).append('\n');
    List<String> details = new ArrayList<>();
    e.id().ifPresent(id -> details.add("Id: " + inline(id)));
    details.add("Source: " + source(e));
    if (!e.secondaryTopics().isEmpty()) {
      details.add("Also tagged: " + inline(String.join(", ", e.secondaryTopics())));
    }
    if (!e.implementations().isEmpty()) {
      details.add("Implementations: " + inline(String.join(", ", e.implementations())));
    }
    e.recommendation().deprecationReason().ifPresent(r -> details.add("Reason: " + inline(r)));
    if (!chain.isEmpty()) {
      details.add("Superseded by: " + String.join(" → ", chain.links().stream().map(RegistryMarkdown::link).toList())
          + (chain.cycle() ? " (and back: the chain is a cycle)" : ""));
    }
    details.forEach(d -> md.append("  - ").append(d).append('\n'));
    md.append('\n');
  }

  private static String source(Entry e) {
    StringBuilder s = new StringBuilder(inline(e.paperTitle().orElse("unknown paper")));
    List<String> by = new ArrayList<>();
    e.firstAuthor().ifPresent(a -> by.add(inline(a)));
    e.year().ifPresent(y -> by.add(Integer.toString(y)));
    if (!by.isEmpty()) {
      s.append(" (").append(String.join(", ", by)).append(')');
    }
    e.arxivId().ifPresent(a -> s.append(", ").append(MarkdownText.arxiv(a)));
    return s.toString();
  }

  private static String link(Link l) {
    return inline(l.label()) + l.arxivId().filter(a -> !a.equals(l.label())).map(a -> " (" + MarkdownText.arxiv(a) + ")").orElse("");
  }
}
