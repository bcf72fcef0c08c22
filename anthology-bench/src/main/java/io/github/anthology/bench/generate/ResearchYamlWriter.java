package io.github.anthology.bench.generate;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes papers as the reference system's {@code research.yaml}: years as keys, papers
 * under them, each recommendation a {@code sota} item with its stable id, and its own topic,
 * status and successor where it has them. {@link #writePlain} writes each {@code sota} item as its
 * text alone, the one form the reference system's Python builder reads.
 */
public final class ResearchYamlWriter {
  private ResearchYamlWriter() {}

  public static void write(SyntheticRegistry registry, Writer writer) throws IOException {
    write(registry, writer, false);
  }

  /** The same papers with each recommendation a plain text item: no id, topic, status or successor of its own. */
  public static void writePlain(SyntheticRegistry registry, Writer writer) throws IOException {
    write(registry, writer, true);
  }

  private static void write(SyntheticRegistry registry, Writer writer, boolean plain) throws IOException {
    YamlText y = new YamlText(writer);
    int year = -1;
    for (SyntheticPaper p : registry.papers()) {
      if (p.year() != year) {
        if (year != -1) {
          writer.write('\n');
        }
        year = p.year();
        y.line("", year + ":");
      }
      y.quoted("  - ", "title", p.title())
          .quoted("    ", "arxiv_id", p.arxivId())
          .quoted("    ", "first_author", p.author())
          .key("    ", "year", String.valueOf(p.year()))
          .list("    ", "key_takeaways", p.takeaways(), false)
          .list("    ", "topics", p.topics(), false)
          .list("    ", "models", p.models(), false);
      if (p.experimental()) {
        y.key("    ", "experimental", "true");
      }
      if (p.attic() != null) {
        y.line("    ", "attic:").quoted("      ", "reason", p.attic().reason())
            .list("      ", "superseded_by", p.attic().supersededBy(), true)
            .list("      ", "see_also", p.attic().seeAlso(), true);
      }
      y.line("    ", "sota:");
      for (SyntheticRecommendation r : p.recommendations()) {
        if (plain) {
          y.line("      ", "- " + YamlText.quote(r.text()));
          continue;
        }
        y.key("      - ", "id", r.id()).quoted("        ", "text", r.text());
        if (r.topic() != null) {
          y.key("        ", "topic", r.topic()).list("        ", "secondary", r.secondary(), false);
        }
        if (r.status() != null) {
          y.key("        ", "status", r.status());
        }
        if (r.supersededBy() != null) {
          y.key("        ", "superseded_by", r.supersededBy()).quoted("        ", "reason", r.reason());
        }
      }
    }
  }
}
