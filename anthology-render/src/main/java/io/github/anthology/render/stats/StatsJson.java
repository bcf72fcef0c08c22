package io.github.anthology.render.stats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.anthology.model.Status;
import io.github.anthology.model.stats.RegistryStatistics;
import io.github.anthology.model.stats.TopicStatistics;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.OptionalInt;

/**
 * The statistics as JSON: {@code {papers, recommendations, resources, status{...}, years{...},
 * topics[{name, count, years{earliest, latest}}]}}, topics by size.
 */
public final class StatsJson {
  private static final JsonFactory JSON = new JsonFactory();

  private StatsJson() {}

  public static String render(RegistryStatistics stats) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
      g.writeStartObject();
      g.writeNumberField("papers", stats.papers());
      g.writeNumberField("recommendations", stats.recommendations());
      g.writeNumberField("resources", stats.resources());
      g.writeObjectFieldStart("status");
      for (Status s : Status.values()) {
        g.writeNumberField(s.label(), stats.byStatus().get(s));
      }
      g.writeEndObject();
      years(g, stats.earliest(), stats.latest());
      g.writeArrayFieldStart("topics");
      for (TopicStatistics t : StatsOrder.topics(stats)) {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        g.writeNumberField("count", t.count());
        years(g, t.earliest(), t.latest());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void years(JsonGenerator g, OptionalInt earliest, OptionalInt latest) throws IOException {
    g.writeObjectFieldStart("years");
    if (earliest.isPresent()) {
      g.writeNumberField("earliest", earliest.getAsInt());
      g.writeNumberField("latest", latest.getAsInt());
    }
    g.writeEndObject();
  }
}
