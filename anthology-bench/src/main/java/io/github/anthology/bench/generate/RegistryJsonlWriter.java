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
 * supporting_evidence, implementations), plus secondary topics and supersession where present.
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
          stringArray(json, "secondary_topics", secondary);
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

  /** The reference system's topic_id tail: the first five words, lower-case, letters and digits. */
  static String slug(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(5, words.length); i++) {
      String w = words[i].replaceAll("[^a-z0-9-]", "");
      if (!w.isEmpty()) {
        b.append(b.length() == 0 ? "" : "-").append(w);
      }
    }
    return b.toString();
  }
}
