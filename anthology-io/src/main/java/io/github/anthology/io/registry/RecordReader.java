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
import io.github.anthology.model.source.SourceSpan;
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
    ImmutableRecommendation.Builder b = Recommendation.builder().pointer(pointer).status(Status.STANDARD);
    Optional<Scalar> id = Optional.empty();
    Scalar text = null;
    Extra topicId = null;
    PaperRef ref = PaperRef.builder().build();
    Map<String, Extra> source = Map.of();
    List<Scalar> primary = List.of();
    List<Extra> unknown = new ArrayList<>(0);
    while (c.next() == JsonToken.FIELD_NAME) {
      String key = c.text();
      c.next();
      switch (key) {
        case "id" -> id = optionalScalar(key);
        case "recommendation" -> text = optionalScalar(key).orElse(null);
        case "topic" -> primary = scalars(key, true);
        case "secondary" -> b.secondaryTopics(scalars(key, true));
        case RecordWriter.TOPIC_ID -> topicId = optionalScalar(key).map(t -> Extra.of(key, t.text(), t.span())).orElse(null);
        case RecordWriter.SOURCE -> {
          source = new LinkedHashMap<>();
          ref = source(source);
        }
        case "status" -> status(b, optionalScalar(key, true));
        case "supporting_evidence" -> b.evidence(scalars(key, false));
        case "implementations" -> b.implementations(texts(key));
        case "superseded_by" -> b.supersededBy(scalars(key, false));
        case "deprecated_date" -> b.deprecatedDate(optionalText(key));
        case "reason" -> b.deprecationReason(optionalText(key));
        default -> unknown.add(keptExtra(key));
      }
    }
    SourceSpan span = c.span(from);
    String body = text == null ? "" : text.text();
    List<Extra> extras = new ArrayList<>(unknown.size() + 2);
    if (topicId != null && !DerivedFields.isTopicId(topicId.value(), primary, body)) {
      extras.add(topicId);
    }
    Map<String, Object> keptSource = new LinkedHashMap<>();
    PaperRef paper = ref;
    Optional<Scalar> paperKey = id;
    source.forEach((k, e) -> {
      Optional<String> computed = switch (k) {
        case "paper" -> DerivedFields.paperLabel(paper);
        case "paper_id" -> DerivedFields.paperId(paperKey);
        default -> Optional.empty();
      };
      if (!computed.equals(Optional.of(e.value()))) {
        keptSource.put(k, e.value());
      }
    });
    if (!keptSource.isEmpty()) {
      extras.add(Extra.of(RecordWriter.SOURCE, Collections.unmodifiableMap(keptSource), span));
    }
    extras.addAll(unknown);
    return b.span(span).id(id).primaryTopics(primary).source(ref).extras(extras)
        .text(body).textSpan(text == null ? span : text.span()).build();
  }

  /** Reads {@code source}; returns its computed and unknown fields for {@link #read} to judge. */
  private PaperRef source(Map<String, Extra> other) throws IOException, ReadException {
    if (c.token() == JsonToken.VALUE_NULL) {
      return PaperRef.builder().build();
    }
    if (c.token() != JsonToken.START_OBJECT) {
      throw c.error("`source` must be a mapping (paper, paper_id, year, first_author, arxiv_id)");
    }
    var ref = PaperRef.builder();
    while (c.next() == JsonToken.FIELD_NAME) {
      String key = c.text();
      c.next();
      switch (key) {
        case "first_author" -> ref.firstAuthor(optionalText(key));
        case "arxiv_id" -> ref.arxivId(optionalText(key));
        case "title" -> ref.title(optionalText(key));
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
    return c.shared(ref.build());
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
    return optionalScalar(key, false);
  }

  /** A single value or none; shared through the interner when it recurs across records. */
  private Optional<Scalar> optionalScalar(String key, boolean share) throws IOException, ReadException {
    return single(key) ? Optional.of(share ? c.sharedScalar() : c.scalar()) : Optional.empty();
  }

  /** A value read for its text alone, so never located (which costs, a million times over). */
  private Optional<String> optionalText(String key) throws IOException, ReadException {
    return optionalText(key, false);
  }

  private Optional<String> optionalText(String key, boolean share) throws IOException, ReadException {
    return single(key) ? Optional.of(share ? c.sharedText() : c.text()) : Optional.empty();
  }

  /** Whether the current value is a single value; false for null; an error for a collection. */
  private boolean single(String key) throws IOException, ReadException {
    if (c.token() == JsonToken.VALUE_NULL) {
      return false;
    }
    if (!c.token().isScalarValue()) {
      throw c.error("`" + key + "` must be a single value, not a " + (c.token().isStructStart() ? "collection" : "key"));
    }
    return true;
  }

  /** The texts of a list of values ({@link #scalars}), none of them located. */
  private List<String> texts(String key) throws IOException, ReadException {
    if (c.token() != JsonToken.START_ARRAY) {
      return optionalText(key).map(List::of).orElse(List.of());
    }
    List<String> out = new ArrayList<>();
    while (c.next() != JsonToken.END_ARRAY) {
      if (c.token() != JsonToken.VALUE_NULL) {
        out.add(item(key).text());
      }
    }
    return out;
  }

  /**
   * A list of values; a single value counts as a one-item list, null as none. Shared values
   * (topic names) keep one copy across records.
   */
  private List<Scalar> scalars(String key, boolean share) throws IOException, ReadException {
    if (c.token() != JsonToken.START_ARRAY) {
      return optionalScalar(key, share).map(List::of).orElse(List.of());
    }
    List<Scalar> out = new ArrayList<>();
    while (c.next() != JsonToken.END_ARRAY) {
      if (c.token() != JsonToken.VALUE_NULL) {
        out.add(share ? item(key).sharedScalar() : item(key).scalar());
      }
    }
    return out;
  }

  /** The cursor on a list item, which must be a single value. */
  private Cursor item(String key) throws IOException, ReadException {
    if (!c.token().isScalarValue()) {
      throw c.error("items of `" + key + "` must be single values");
    }
    return c;
  }
}
