package io.github.anthology.bench.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes recommendations as {@code registry.jsonl}: one JSON object per line with the fields of
 * the reference system's registry.yaml (id, recommendation, topic, topic_id, source, status,
 * supporting_evidence, implementations), plus {@code secondary} topics and supersession ({@code superseded_by}, {@code reason}) where present.
 */
public final class RegistryJsonlWriter {
  private RegistryJsonlWriter() {}

  public static void write(SyntheticRegistry registry, Writer writer) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(writer);
    json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    for (SyntheticPaper p : registry.papers()) {
      for (SyntheticRecommendation r : p.recommendations()) {
        String topic = p.primaryTopic(r);
        json.writeStartObject();
        json.writeStringField("id", r.id());
        json.writeStringField("recommendation", r.text());
        json.writeStringField("topic", topic);
        json.writeStringField("topic_id", topic + "/" + slug(r.text()));
        List<String> secondary = p.secondaryTopics(r);
        if (!secondary.isEmpty()) {
          stringArray(json, "secondary", secondary);
        }
        json.writeObjectFieldStart("source");
        json.writeStringField("paper", p.author() + " et al. (" + p.year() + ")");
        json.writeStringField("paper_id", p.paperId());
        json.writeNumberField("year", p.year());
        json.writeStringField("first_author", p.author());
        json.writeStringField("arxiv_id", p.arxivId());
        json.writeEndObject();
        json.writeStringField("status", p.status(r));
        if (r.supersededBy() != null) {
          json.writeStringField("superseded_by", r.supersededBy());
          json.writeStringField("reason", r.reason());
        }
        stringArray(json, "supporting_evidence", List.of());
        stringArray(json, "implementations", p.models());
        json.writeEndObject();
      }
    }
    json.writeRaw('\n');
    json.flush();
  }

  private static void stringArray(JsonGenerator json, String field, List<String> items) throws IOException {
    json.writeArrayFieldStart(field);
    for (String s : items) {
      json.writeString(s);
    }
    json.writeEndArray();
  }

  /**
   * The reference system's topic_id tail: the text lower-cased, everything but letters, digits,
   * spaces and hyphens dropped, then its first five space-separated words joined by hyphens.
   */
  static String slug(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").split(" ", -1);
    return String.join("-", java.util.Arrays.copyOf(words, Math.min(5, words.length)));
  }
}
