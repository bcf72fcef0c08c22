package io.github.anthology.io.registry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import io.github.anthology.io.ReadException;
import io.github.anthology.model.Extra;
import io.github.anthology.model.ImmutableRecommendation;
import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.Years;
import io.github.anthology.model.source.Scalar;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one recommendation record, the cursor standing on its START_OBJECT. Every field keeps its
 * place; computed fields are kept only when they differ from what the writer would compute
 * ({@link DerivedFields}); unknown keys are kept as extras.
 */
final class RecordReader {
  private final Cursor c;

  RecordReader(Cursor cursor) {
    this.c = cursor;
  }

  Recommendation read(String pointer) throws IOException, ReadException {
    if (c.token() != JsonToken.START_OBJECT) {
      throw c.error("a recommendation must be a mapping of keys to values");
    }
    JsonLocation from = c.start();
    ImmutableRecommendation.Builder b = Recommendation.builder().pointer(pointer).status(Status.STANDARD)
        .source(PaperRef.builder().build());
    Optional<Scalar> id = Optional.empty();
    Scalar text = null;
    Optional<Extra> topicId = Optional.empty();
    Map<String, Extra> source = Map.of();
    List<Scalar> primary = List.of();
    while (c.next() == JsonToken.FIELD_NAME) {
      String key = c.text();
      c.next();
      switch (key) {
        case "id" -> id = optionalScalar(key);
        case "recommendation" -> text = optionalScalar(key).orElse(null);
        case "topic" -> primary = interned(scalars(key));
        case "secondary" -> b.secondaryTopics(interned(scalars(key)));
        case RecordWriter.TOPIC_ID -> topicId = optionalScalar(key).map(t -> Extra.of(key, t.text(), t.span()));
        case RecordWriter.SOURCE -> source = source(b);
        case "status" -> status(b, optionalScalar(key).map(RecordReader::interned));
        case "supporting_evidence" -> b.evidence(scalars(key));
        case "implementations" -> b.implementations(scalars(key).stream().map(Scalar::text).toList());
        case "superseded_by" -> b.supersededBy(scalars(key));
        case "deprecated_date" -> b.deprecatedDate(optionalScalar(key).map(Scalar::text));
        case "reason" -> b.deprecationReason(optionalScalar(key).map(Scalar::text));
        default -> b.addExtras(keptExtra(key));
      }
    }
    b.span(c.span(from)).id(id).primaryTopics(primary);
    if (text == null) {
      b.text("").textSpan(c.span(from));
    } else {
      b.text(text.text()).textSpan(text.span());
    }
    Recommendation partial = b.build();
    List<Extra> extras = new ArrayList<>(partial.extras());
    Map<String, Object> keptSource = new LinkedHashMap<>();
    source.forEach((k, e) -> {
      Optional<String> computed = switch (k) {
        case "paper" -> DerivedFields.paperLabel(partial.source());
        case "paper_id" -> DerivedFields.paperId(partial.id());
        default -> Optional.empty();
      };
      if (!computed.equals(Optional.of(e.value()))) {
        keptSource.put(k, e.value());
      }
    });
    if (!keptSource.isEmpty()) {
      extras.add(0, Extra.of(RecordWriter.SOURCE, Collections.unmodifiableMap(keptSource), partial.span()));
    }
    if (topicId.isPresent() && !DerivedFields.topicId(partial).equals(Optional.of(topicId.get().value()))) {
      extras.add(0, topicId.get());
    }
    return ImmutableRecommendation.copyOf(partial).withExtras(extras);
  }

  /** Reads {@code source}; returns its computed and unknown fields for {@link #read} to judge. */
  private Map<String, Extra> source(ImmutableRecommendation.Builder b) throws IOException, ReadException {
    if (c.token() == JsonToken.VALUE_NULL) {
      b.source(PaperRef.builder().build());
      return Map.of();
    }
    if (c.token() != JsonToken.START_OBJECT) {
      throw c.error("`source` must be a mapping (paper, paper_id, year, first_author, arxiv_id)");
    }
    var ref = PaperRef.builder();
    Map<String, Extra> other = new LinkedHashMap<>();
    while (c.next() == JsonToken.FIELD_NAME) {
      String key = c.text();
      c.next();
      switch (key) {
        case "first_author" -> ref.firstAuthor(optionalScalar(key).map(Scalar::text).map(String::intern));
        case "arxiv_id" -> ref.arxivId(optionalScalar(key).map(Scalar::text).map(String::intern));
        case "title" -> ref.title(optionalScalar(key).map(Scalar::text));
        case "year" -> {
          Optional<Scalar> year = optionalScalar(key);
          Optional<Integer> value = year.flatMap(y -> Years.parse(y.text()));
          if (value.isPresent()) {
            ref.year(value.get());
          } else if (year.isPresent()) {
            other.put(key, Extra.of(key, year.get().text(), year.get().span()));
          }
        }
        case "paper", "paper_id" -> optionalScalar(key).ifPresent(v -> other.put(key, Extra.of(key, v.text(), v.span())));
        default -> other.put(key, keptExtra(key));
      }
    }
    b.source(ref.build());
    return other;
  }

  private void status(ImmutableRecommendation.Builder b, Optional<Scalar> written) {
    written.ifPresent(s -> {
      b.declaredStatus(s);
      Status.parse(s.text()).ifPresent(b::status);
    });
  }

  /** A key nothing interprets, kept with its whole value; a null becomes empty text, as in YAML inputs. */
  private Extra keptExtra(String key) throws IOException {
    JsonLocation at = c.start();
    Object v = c.value();
    return Extra.of(key, v == null ? "" : v, c.span(at));
  }

  private Optional<Scalar> optionalScalar(String key) throws IOException, ReadException {
    if (c.token() == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (!c.token().isScalarValue()) {
      throw c.error("`" + key + "` must be a single value, not a " + (c.token().isStructStart() ? "collection" : "key"));
    }
    return Optional.of(c.scalar());
  }

  /**
   * The same scalar with its text interned: topic names, statuses, authors and arXiv ids repeat
   * across records, and a registry of a million records keeps one copy of each instead of millions.
   */
  private static Scalar interned(Scalar s) {
    return new Scalar(s.text().intern(), s.span(), s.plain());
  }

  private static List<Scalar> interned(List<Scalar> scalars) {
    return scalars.stream().map(RecordReader::interned).toList();
  }

  /** A list of values; a single value counts as a one-item list, null as none. */
  private List<Scalar> scalars(String key) throws IOException, ReadException {
    if (c.token() != JsonToken.START_ARRAY) {
      return optionalScalar(key).map(List::of).orElse(List.of());
    }
    List<Scalar> out = new ArrayList<>();
    while (c.next() != JsonToken.END_ARRAY) {
      if (c.token() != JsonToken.VALUE_NULL) {
        if (!c.token().isScalarValue()) {
          throw c.error("items of `" + key + "` must be single values");
        }
        out.add(c.scalar());
      }
    }
    return out;
  }
}
