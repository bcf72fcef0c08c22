package io.github.anthology.render.markdown;

import static io.github.anthology.render.markdown.MarkdownText.inline;

import io.github.anthology.model.Deprecation;
import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.render.text.TextOut;
import io.github.anthology.render.view.Entry;
import io.github.anthology.render.view.RegistryView;
import io.github.anthology.rules.api.RegistryIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TOPICS.md, the topic-organisation document: the numbered topics with summary, the names each
 * consolidates, scope and relations; deprecated topics with their record; then the naming
 * conventions and maintenance rules the linter enforces. Generated from the declared taxonomy, or
 * from the topics in use when there is none.
 */
public final class TopicsMarkdown {
  public static final String TITLE = "ML Training Topics Organisation";
  public static final String STRUCTURE = "Topic Structure";

  private TopicsMarkdown() {}

  public static String render(RegistryView view) {
    return TextOut.text(md -> write(view, md));
  }

  /** Writes TOPICS.md to {@code md}. */
  public static void write(RegistryView view, TextOut md) {
    Taxonomy taxonomy = new RegistryIndex(view.anthology()).taxonomy();
    Map<String, Integer> primary = new HashMap<>();
    Map<String, Integer> tagged = new HashMap<>();
    for (Entry e : view.entries()) {
      primary.merge(e.topic(), 1, Integer::sum);
      RegistryIndex.topicsOf(e.recommendation()).forEach(t -> tagged.merge(t, 1, Integer::sum));
    }
    md.append("# " + TITLE + "\n\n");
    md.append(taxonomy.declared()
        ? "Generated from the declared taxonomy" + taxonomy.file().map(f -> " (" + inline(fileName(f)) + ")").orElse("")
            + ". Edit the taxonomy, not this file.\n\n"
        : "No taxonomy is declared, so these are the topics the recommendations are tagged with."
            + " Declare them in taxonomy.yaml to give each a kind, summary and scope.\n\n");
    md.append("## ").append(STRUCTURE).append("\n\n");
    List<Topic> active = taxonomy.topics().stream().filter(t -> !t.isDeprecated()).toList();
    for (int i = 0; i < active.size(); i++) {
      Topic t = active.get(i);
      md.append("### ").append(i + 1).append(". ").append(inline(t.nameText())).append("\n\n");
      t.summary().ifPresent(s -> md.append(inline(s)).append("\n\n"));
      t.kind().ifPresent(k -> md.append("- Kind: ").append(k.label()).append('\n'));
      t.parent().ifPresent(p -> md.append("- Parent: ").append(inline(p.text())).append('\n'));
      list(md, "Previously covered by", t.previously());
      list(md, "Scope", t.scope());
      if (!t.related().isEmpty()) {
        md.append("- Related: ").append(inline(String.join(", ", t.related().stream().map(Scalar::text).toList()))).append('\n');
      }
      if (!t.keyReferences().isEmpty()) {
        md.append("- Key references: ").append(String.join(", ",
            t.keyReferences().stream().map(r -> MarkdownText.arxiv(r.text())).toList())).append('\n');
      }
      md.append("- Recommendations: ").append(primary.getOrDefault(t.nameText(), 0)).append(" with this primary topic, ")
          .append(tagged.getOrDefault(t.nameText(), 0)).append(" tagged in all\n\n");
    }
    deprecated(md, taxonomy);
    md.append(TopicsProse.CONVENTIONS).append('\n').append(TopicsProse.MAINTENANCE);
  }

  private static void list(TextOut md, String label, List<Scalar> items) {
    if (!items.isEmpty()) {
      md.append("- ").append(label).append(":\n");
      items.forEach(i -> md.append("  - ").append(inline(i.text())).append('\n'));
    }
  }

  private static void deprecated(TextOut md, Taxonomy taxonomy) {
    List<Topic> retired = taxonomy.topics().stream().filter(Topic::isDeprecated).toList();
    if (retired.isEmpty()) {
      return;
    }
    md.append("## Deprecated Topics\n\n");
    for (Topic t : retired) {
      Deprecation d = t.deprecation().orElseThrow();
      md.append("### ").append(inline(t.nameText())).append("\n\n");
      d.reason().ifPresent(r -> md.append("- Reason: ").append(inline(r)).append('\n'));
      d.date().ifPresent(r -> md.append("- Deprecated on: ").append(inline(r)).append('\n'));
      d.replacedBy().ifPresent(r -> md.append("- Replaced by: ").append(inline(r.text())).append('\n'));
      md.append('\n');
    }
  }

  /** The taxonomy's file name alone: the same from a relative or an absolute path, and no local directory in the output. */
  static String fileName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }
}
