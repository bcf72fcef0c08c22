package io.github.anthology.io.registry;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.anthology.model.Extra;
import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one recommendation in the reference system's record shape: {@code id, recommendation,
 * topic, topic_id, source{paper, paper_id, year, first_author, arxiv_id}, status,
 * supporting_evidence, implementations}. Anthology's extensions ({@code secondary},
 * {@code superseded_by}, {@code deprecated_date}, {@code reason}, {@code source.title}) are written
 * only when they hold something, then every unknown key kept from the input.
 */
final class RecordWriter {
  static final String SOURCE = "source";
  static final String TOPIC_ID = "topic_id";

  private RecordWriter() {}

  static void write(JsonGenerator g, Recommendation rec) throws IOException {
    g.writeStartObject();
    nullable(g, "id", rec.id().map(Scalar::text));
    g.writeStringField("recommendation", rec.text());
    g.writeFieldName("topic");
    if (rec.primaryTopics().size() == 1) {
      g.writeString(rec.primaryTopics().get(0).text());
    } else if (rec.primaryTopics().isEmpty()) {
      g.writeNull();
    } else {
      strings(g, rec.primaryTopics().stream().map(Scalar::text).toList());
    }
    Optional<Object> keptTopicId = extra(rec, TOPIC_ID);
    if (keptTopicId.isPresent()) {
      g.writeFieldName(TOPIC_ID);
      value(g, keptTopicId.get());
    } else {
      nullable(g, TOPIC_ID, DerivedFields.topicId(rec));
    }
    if (!rec.secondaryTopics().isEmpty()) {
      g.writeFieldName("secondary");
      strings(g, rec.secondaryTopics().stream().map(Scalar::text).toList());
    }
    source(g, rec);
    g.writeStringField("status", rec.status().label());
    g.writeFieldName("supporting_evidence");
    strings(g, rec.evidence().stream().map(Scalar::text).toList());
    g.writeFieldName("implementations");
    strings(g, rec.implementations());
    if (!rec.supersededBy().isEmpty()) {
      g.writeFieldName("superseded_by");
      strings(g, rec.supersededBy().stream().map(Scalar::text).toList());
    }
    if (rec.deprecatedDate().isPresent()) {
      g.writeStringField("deprecated_date", rec.deprecatedDate().get());
    }
    if (rec.deprecationReason().isPresent()) {
      g.writeStringField("reason", rec.deprecationReason().get());
    }
    for (Extra e : rec.extras()) {
      if (!e.key().equals(SOURCE) && !e.key().equals(TOPIC_ID)) {
        g.writeFieldName(e.key());
        value(g, e.value());
      }
    }
    g.writeEndObject();
  }

  private static void source(JsonGenerator g, Recommendation rec) throws IOException {
    PaperRef s = rec.source();
    @SuppressWarnings("unchecked")
    Map<String, Object> kept = (Map<String, Object>) extra(rec, SOURCE).orElse(Map.of());
    g.writeObjectFieldStart(SOURCE);
    derived(g, kept, "paper", DerivedFields.paperLabel(s));
    derived(g, kept, "paper_id", DerivedFields.paperId(rec.id()));
    if (kept.containsKey("year")) {
      g.writeFieldName("year");
      value(g, kept.get("year"));
    } else if (s.year().isPresent()) {
      g.writeNumberField("year", s.year().getAsInt());
    } else {
      g.writeNullField("year");
    }
    nullable(g, "first_author", s.firstAuthor());
    nullable(g, "arxiv_id", s.arxivId());
    if (s.title().isPresent()) {
      g.writeStringField("title", s.title().get());
    }
    for (Map.Entry<String, Object> e : kept.entrySet()) {
      if (!List.of("paper", "paper_id", "year").contains(e.getKey())) {
        g.writeFieldName(e.getKey());
        value(g, e.getValue());
      }
    }
    g.writeEndObject();
  }

  private static void derived(JsonGenerator g, Map<String, Object> kept, String key, Optional<String> computed)
      throws IOException {
    if (kept.containsKey(key)) {
      g.writeFieldName(key);
      value(g, kept.get(key));
    } else {
      nullable(g, key, computed);
    }
  }

  private static Optional<Object> extra(Recommendation rec, String key) {
    return rec.extras().stream().filter(e -> e.key().equals(key)).findFirst().map(Extra::value);
  }

  private static void nullable(JsonGenerator g, String key, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(key, value.get());
    } else {
      g.writeNullField(key);
    }
  }

  private static void strings(JsonGenerator g, List<String> values) throws IOException {
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** A kept value: text, boolean, number, null, or lists and maps of those. */
  static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (v instanceof BigInteger i) {
      g.writeNumber(i);
    } else if (v instanceof Double || v instanceof Float) {
      g.writeNumber(((Number) v).doubleValue());
    } else if (v instanceof Number n) {
      g.writeNumber(n.longValue());
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        value(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      g.writeString(String.valueOf(v));
    }
  }
}
