package io.github.anthology.bench.generate;

import java.io.IOException;
import java.io.Writer;

/** Writes the generated topics as {@code taxonomy.yaml}. */
public final class TaxonomyYamlWriter {
  private TaxonomyYamlWriter() {}

  public static void write(SyntheticRegistry registry, Writer writer) throws IOException {
    YamlText y = new YamlText(writer);
    y.line("", "topics:");
    for (SyntheticTopic t : registry.topics()) {
      y.key("  - ", "name", t.name())
          .key("    ", "kind", t.kind())
          .quoted("    ", "summary", t.summary())
          .list("    ", "scope", t.scope(), true);
      if (t.parent() != null) {
        y.key("    ", "parent", t.parent());
      }
      y.list("    ", "related", t.related(), false)
          .list("    ", "key_references", t.keyReferences(), true)
          .list("    ", "previously", t.previously(), false);
      if (t.deprecated()) {
        y.key("    ", "status", "deprecated")
            .line("    ", "deprecated: {reason: merged, date: 2025-06-08, replaced_by: " + t.replacedBy() + "}");
      }
    }
  }
}
