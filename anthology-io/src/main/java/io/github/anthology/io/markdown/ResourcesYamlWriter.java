package io.github.anthology.io.markdown;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.anthology.io.registry.Factories;
import io.github.anthology.model.ReadingList;
import io.github.anthology.model.Resource;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A reading list's resources as YAML ({@code anthology import-list}): {@code source}, then
 * {@code resources} with title, url, description (when there is one) and section path, in
 * document order. Deterministic: the same list gives the same bytes.
 */
public final class ResourcesYamlWriter {
  private ResourcesYamlWriter() {}

  public static String write(ReadingList list) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Factories.YAML.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("source", list.file());
      g.writeArrayFieldStart("resources");
      for (Resource r : list.resources()) {
        g.writeStartObject();
        g.writeStringField("title", r.title());
        g.writeStringField("url", r.url().text());
        if (r.description().isPresent()) {
          g.writeStringField("description", r.description().get());
        }
        g.writeArrayFieldStart("section");
        for (String s : r.sectionPath()) {
          g.writeString(s);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
