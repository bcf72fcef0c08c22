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
    try (JsonGenerator g = Factories.of(format).createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (format == RegistryFormat.JSONL) {
        g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        for (Recommendation rec : anthology.recommendations()) {
          RecordWriter.write(g, rec);
        }
      } else {
        if (format == RegistryFormat.JSON) {
          g.setPrettyPrinter(prettyJson());
        }
        document(g, anthology, options);
      }
    }
    if (format != RegistryFormat.YAML && !(format == RegistryFormat.JSONL && anthology.recommendations().isEmpty())) {
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

  private static void document(JsonGenerator g, Anthology anthology, ExportOptions options) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("metadata");
    if (options.lastUpdated().isPresent()) {
      g.writeStringField("last_updated", options.lastUpdated().get());
    }
    g.writeStringField("schema_version", anthology.schemaVersion());
    g.writeArrayFieldStart("status_types");
    for (Status s : Status.values()) {
      g.writeString(s.label());
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("recommendations");
    for (Recommendation rec : anthology.recommendations()) {
      RecordWriter.write(g, rec);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("topics");
    for (TopicStatistics t : RegistryStatistics.of(anthology).topics()) {
      g.writeObjectFieldStart(t.name());
      g.writeNumberField("count", t.count());
      g.writeObjectFieldStart("years");
      if (t.earliest().isPresent()) {
        g.writeNumberField("earliest", t.earliest().getAsInt());
        g.writeNumberField("latest", t.latest().getAsInt());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
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
