package io.github.anthology.io.registry;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.stats.RegistryStatistics;
import io.github.anthology.model.stats.TopicStatistics;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Supplier;

/**
 * Writes an anthology's recommendations as the reference system's export: {@code metadata},
 * {@code recommendations}, and the per-topic {@code topics} summary (YAML and JSON); JSONL holds one
 * recommendation a line and nothing else. Deterministic: the same anthology gives the same bytes,
 * with {@code \n} line ends and no date unless one is given.
 */
public final class RegistryWriter {
  private RegistryWriter() {}

  public static void write(Anthology anthology, RegistryFormat format, ExportOptions options, Writer out)
      throws IOException {
    write(anthology, format, options, () -> RegistryStatistics.of(anthology), out);
  }

  /**
   * Writes an export whose per-topic summary is given ({@code statistics} of this anthology), so that
   * several exports of one build work it out once.
   */
  public static void write(Anthology anthology, RegistryFormat format, ExportOptions options,
      Supplier<RegistryStatistics> statistics, Writer out) throws IOException {
    if (format == RegistryFormat.YAML) {
      YamlTreeOut yaml = new YamlTreeOut(out);
      document(yaml, anthology, options, statistics);
      yaml.finish();
      return;
    }
    try (JsonGenerator g = Factories.of(format).createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      JsonTreeOut json = new JsonTreeOut(g);
      if (format == RegistryFormat.JSONL) {
        g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        for (Recommendation rec : anthology.recommendations()) {
          RecordWriter.write(json, rec);
        }
      } else {
        g.setPrettyPrinter(prettyJson());
        document(json, anthology, options, statistics);
      }
    }
    if (!(format == RegistryFormat.JSONL && anthology.recommendations().isEmpty())) {
      out.write('\n');
    }
  }

  /** The export as text. */
  public static String write(Anthology anthology, RegistryFormat format, ExportOptions options) {
    StringWriter out = new StringWriter();
    try {
      write(anthology, format, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static void document(TreeOut g, Anthology anthology, ExportOptions options, Supplier<RegistryStatistics> statistics)
      throws IOException {
    g.startObject();
    g.objectField("metadata");
    if (options.lastUpdated().isPresent()) {
      g.stringField("last_updated", options.lastUpdated().get());
    }
    g.stringField("schema_version", anthology.schemaVersion());
    g.arrayField("status_types");
    for (Status s : Status.values()) {
      g.string(s.label());
    }
    g.endArray();
    g.endObject();
    g.arrayField("recommendations");
    for (Recommendation rec : anthology.recommendations()) {
      RecordWriter.write(g, rec);
    }
    g.endArray();
    g.objectField("topics");
    for (TopicStatistics t : statistics.get().topics()) {
      g.objectField(t.name());
      g.numberField("count", t.count());
      g.objectField("years");
      if (t.earliest().isPresent()) {
        g.numberField("earliest", t.earliest().getAsInt());
        g.numberField("latest", t.latest().getAsInt());
      }
      g.endObject();
      g.endObject();
    }
    g.endObject();
    g.endObject();
  }

  private static DefaultPrettyPrinter prettyJson() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
