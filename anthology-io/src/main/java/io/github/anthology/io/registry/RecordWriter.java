package io.github.anthology.io.registry;

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

  static void write(TreeOut g, Recommendation rec) throws IOException {
    g.startObject();
    nullable(g, "id", rec.id().map(Scalar::text));
    g.stringField("recommendation", rec.text());
    g.name("topic");
    if (rec.primaryTopics().size() == 1) {
      g.string(rec.primaryTopics().get(0).text());
    } else if (rec.primaryTopics().isEmpty()) {
      g.nullValue();
    } else {
      strings(g, rec.primaryTopics().stream().map(Scalar::text).toList());
    }
    Optional<Object> keptTopicId = extra(rec, TOPIC_ID);
    if (keptTopicId.isPresent()) {
      g.name(TOPIC_ID);
      value(g, keptTopicId.get());
    } else {
      nullable(g, TOPIC_ID, DerivedFields.topicId(rec));
    }
    if (!rec.secondaryTopics().isEmpty()) {
      g.name("secondary");
      strings(g, rec.secondaryTopics().stream().map(Scalar::text).toList());
    }
    source(g, rec);
    g.stringField("status", rec.status().label());
    g.name("supporting_evidence");
    strings(g, rec.evidence().stream().map(Scalar::text).toList());
    g.name("implementations");
    strings(g, rec.implementations());
    if (!rec.supersededBy().isEmpty()) {
      g.name("superseded_by");
      strings(g, rec.supersededBy().stream().map(Scalar::text).toList());
    }
    if (rec.deprecatedDate().isPresent()) {
      g.stringField("deprecated_date", rec.deprecatedDate().get());
    }
    if (rec.deprecationReason().isPresent()) {
      g.stringField("reason", rec.deprecationReason().get());
    }
    for (Extra e : rec.extras()) {
      if (!e.key().equals(SOURCE) && !e.key().equals(TOPIC_ID)) {
        g.name(e.key());
        value(g, e.value());
      }
    }
    g.endObject();
  }

  private static void source(TreeOut g, Recommendation rec) throws IOException {
    PaperRef s = rec.source();
    @SuppressWarnings("unchecked")
    Map<String, Object> kept = (Map<String, Object>) extra(rec, SOURCE).orElse(Map.of());
    g.objectField(SOURCE);
    derived(g, kept, "paper", DerivedFields.paperLabel(s));
    derived(g, kept, "paper_id", DerivedFields.paperId(rec.id()));
    if (kept.containsKey("year")) {
      g.name("year");
      value(g, kept.get("year"));
    } else if (s.year().isPresent()) {
      g.numberField("year", s.year().getAsInt());
    } else {
      g.nullField("year");
    }
    nullable(g, "first_author", s.firstAuthor());
    nullable(g, "arxiv_id", s.arxivId());
    if (s.title().isPresent()) {
      g.stringField("title", s.title().get());
    }
    for (Map.Entry<String, Object> e : kept.entrySet()) {
      if (!List.of("paper", "paper_id", "year").contains(e.getKey())) {
        g.name(e.getKey());
        value(g, e.getValue());
      }
    }
    g.endObject();
  }

  private static void derived(TreeOut g, Map<String, Object> kept, String key, Optional<String> computed)
      throws IOException {
    if (kept.containsKey(key)) {
      g.name(key);
      value(g, kept.get(key));
    } else {
      nullable(g, key, computed);
    }
  }

  private static Optional<Object> extra(Recommendation rec, String key) {
    return rec.extras().stream().filter(e -> e.key().equals(key)).findFirst().map(Extra::value);
  }

  private static void nullable(TreeOut g, String key, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.stringField(key, value.get());
    } else {
      g.nullField(key);
    }
  }

  private static void strings(TreeOut g, List<String> values) throws IOException {
    g.startArray();
    for (String v : values) {
      g.string(v);
    }
    g.endArray();
  }

  /** A kept value: text, boolean, number, null, or lists and maps of those. */
  static void value(TreeOut g, Object v) throws IOException {
    if (v == null) {
      g.nullValue();
    } else if (v instanceof String s) {
      g.string(s);
    } else if (v instanceof Boolean b) {
      g.bool(b);
    } else if (v instanceof BigDecimal d) {
      g.number(d);
    } else if (v instanceof BigInteger i) {
      g.number(i);
    } else if (v instanceof Double || v instanceof Float) {
      g.number(((Number) v).doubleValue());
    } else if (v instanceof Number n) {
      g.number(n.longValue());
    } else if (v instanceof List<?> list) {
      g.startArray();
      for (Object o : list) {
        value(g, o);
      }
      g.endArray();
    } else if (v instanceof Map<?, ?> map) {
      g.startObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.name(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.endObject();
    } else {
      g.string(String.valueOf(v));
    }
  }
}
