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
    e.id().ifPresent(id -> md.append("  - Id: ").append(inline(id)).append('\n'));
    md.append("  - Source: ");
    source(md, e);
    md.append('\n');
    List<String> secondary = e.secondaryTopics();
    if (!secondary.isEmpty()) {
      md.append("  - Also tagged: ").append(inline(String.join(", ", secondary))).append('\n');
    }
    if (!e.implementations().isEmpty()) {
      md.append("  - Implementations: ").append(inline(String.join(", ", e.implementations()))).append('\n');
    }
    e.recommendation().deprecationReason().ifPresent(r -> md.append("  - Reason: ").append(inline(r)).append('\n'));
    if (!chain.isEmpty()) {
      md.append("  - Superseded by: ")
          .append(String.join(" → ", chain.links().stream().map(RegistryMarkdown::link).toList()))
          .append(chain.cycle() ? " (and back: the chain is a cycle)" : "").append('\n');
    }
    md.append('\n');
  }

  private static void source(TextOut md, Entry e) {
    md.append(inline(e.paperTitle().orElse("unknown paper")));
    Optional<String> author = e.firstAuthor();
    if (author.isPresent() || e.year().isPresent()) {
      md.append(" (");
      author.ifPresent(a -> md.append(inline(a)));
      if (e.year().isPresent()) {
        md.append(author.isPresent() ? ", " : "").append(e.year().getAsInt());
      }
      md.append(')');
    }
    e.arxivId().ifPresent(a -> md.append(", ").append(MarkdownText.arxiv(a)));
  }

  private static String link(Link l) {
    return inline(l.label()) + l.arxivId().filter(a -> !a.equals(l.label())).map(a -> " (" + MarkdownText.arxiv(a) + ")").orElse("");
  }
}
