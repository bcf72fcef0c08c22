package io.github.anthology.io.registry;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Extra;
import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Anthologies for the round-trip properties: everything an export can hold, with awkward text. */
final class Generated {
  private Generated() {}

  static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMinLength(1).ofMaxLength(30)
            .withChars("abc XYZ09:-#'\"\\,[]{}&*!|>%@`β₁\t").filter(s -> !s.isBlank()),
        Arbitraries.of("true", "null", "1.0", "1910.02054", "2026-08-02", "~", "yes", "0x1F", "- item", "a: b",
            "line one\nline two", " leading space", "trailing space ", "emoji \uD83D\uDE00"));
  }

  static Arbitrary<List<Scalar>> scalars(int max) {
    return scalars(text(), max);
  }

  private static Arbitrary<List<Scalar>> scalars(Arbitrary<String> text, int max) {
    return text.map(Scalar::of).list().ofMaxSize(max);
  }

  static Arbitrary<PaperRef> source() {
    return source(text());
  }

  private static Arbitrary<PaperRef> source(Arbitrary<String> text) {
    return Combinators.combine(text.optional(), text.optional(), Arbitraries.integers().between(1950, 2100).optional(),
            Arbitraries.of("1412.6980", "2005.14165", "cs/0601001").optional())
        .as((title, author, year, arxiv) -> {
          var b = PaperRef.builder().title(title).firstAuthor(author).arxivId(arxiv);
          year.ifPresent(b::year);
          return b.build();
        });
  }

  static Arbitrary<List<Extra>> extras() {
    return extras(text(), Arbitraries.of("curator", "x_review", "notes"));
  }

  private static Arbitrary<List<Extra>> extras(Arbitrary<String> text, Arbitrary<String> keys) {
    Arbitrary<Object> value = Arbitraries.oneOf(text.map(Object.class::cast), Arbitraries.of(true, false),
        text.list().ofMaxSize(3).map(Object.class::cast), text.map(t -> (Object) Map.of("note", t)));
    return Combinators.combine(keys, value)
        .as((k, v) -> Extra.of(k, v, SourceSpan.ofFile(""))).list().ofMaxSize(2).uniqueElements(Extra::key);
  }

  static Arbitrary<Recommendation> recommendation() {
    return recommendation(text(), Arbitraries.of("curator", "x_review", "notes"));
  }

  private static Arbitrary<Recommendation> recommendation(Arbitrary<String> text, Arbitrary<String> keys) {
    Arbitrary<java.util.Optional<Scalar>> id = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 9999).map(n -> String.format("MLR-2020-Smith001-%04d", n)),
        text).map(Scalar::of).optional();
    return Combinators.combine(id, text, scalars(text, 3), scalars(text, 2), Arbitraries.of(Status.class),
            source(text), Combinators.combine(scalars(text, 2), text.list().ofMaxSize(2), scalars(text, 2),
                text.optional(), text.optional(), extras(text, keys)).as(List::of))
        .as((i, t, primary, secondary, status, src, rest) -> {
          @SuppressWarnings("unchecked")
          Recommendation r = Recommendation.builder().id(i).text(t).textSpan(SourceSpan.ofFile(""))
              .primaryTopics(primary).secondaryTopics(secondary).status(status)
              .declaredStatus(Scalar.of(status.label())).source(src)
              .evidence((List<Scalar>) rest.get(0)).implementations((List<String>) rest.get(1))
              .supersededBy((List<Scalar>) rest.get(2))
              .deprecatedDate((java.util.Optional<String>) rest.get(3))
              .deprecationReason((java.util.Optional<String>) rest.get(4))
              .extras((List<Extra>) rest.get(5)).span(SourceSpan.ofFile("")).build();
          return r;
        });
  }

  static Arbitrary<Anthology> anthology() {
    return Combinators.combine(recommendation().list().ofMaxSize(6), Arbitraries.of("1.0", "1.1", "2"))
        .as((recs, version) -> Anthology.builder().schemaVersion(version).recommendations(recs).build());
  }

  /** Anthologies whose every text, topic and unknown key is drawn from {@code text}. */
  static Arbitrary<Anthology> anthology(Arbitrary<String> text) {
    return Combinators.combine(recommendation(text, text).list().ofMaxSize(6), text)
        .as((recs, version) -> Anthology.builder().schemaVersion(version).recommendations(recs).build());
  }
}
