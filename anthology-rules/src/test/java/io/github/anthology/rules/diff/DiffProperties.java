package io.github.anthology.rules.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.Fixtures;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The diff's invariants over registries made of a small vocabulary, so that versions share much and differ a little. */
class DiffProperties {
  private static final List<String> TOPICS = List.of("optimization", "attention", "attention-techniques", "scaling",
      "model-scaling", "training-efficiency", "normalization");
  private static final List<String> TEXTS = List.of("Use AdamW with weight decay", "Use AdamW with small weight decay",
      "Warm up the learning rate", "Warm up the learning rate linearly", "Clip gradients at 1.0",
      "Use flash attention", "Prefer pre-norm layers", "Scale batch size with compute");

  /** A version: its research.yaml and taxonomy.yaml texts. */
  record Version(String research, String taxonomy) {
    Anthology read() {
      return Fixtures.anthology(research, taxonomy);
    }
  }

  @Property(tries = 200)
  void aRegistryComparedWithItselfHasNoChanges(@ForAll("versions") Version a, @ForAll("findings") List<Finding> f) {
    assertThat(RegistryDiffer.between(a.read(), f, a.read(), f).isEmpty()).isTrue();
  }

  @Property(tries = 300)
  void theReverseDiffIsTheMirrorImage(@ForAll("versions") Version a, @ForAll("versions") Version b,
      @ForAll("findings") List<Finding> fa, @ForAll("findings") List<Finding> fb) {
    RegistryDiff forward = RegistryDiffer.between(a.read(), fa, b.read(), fb);
    RegistryDiff backward = RegistryDiffer.between(b.read(), fb, a.read(), fa);
    assertThat(backward).isEqualTo(forward.mirror());
    assertThat(forward.mirror().mirror()).isEqualTo(forward);
  }

  @Provide
  Arbitrary<Version> versions() {
    Arbitrary<String> papers = paper().list().ofMinSize(0).ofMaxSize(4).map(ps -> {
      StringBuilder y = new StringBuilder("2020:\n");
      ps.stream().distinct().forEach(y::append);
      return ps.isEmpty() ? "" : y.toString();
    });
    Arbitrary<String> taxonomy = topic().list().ofMinSize(1).ofMaxSize(5).map(ts -> "topics:\n" + String.join("", ts.stream().distinct().toList()));
    return Combinators.combine(papers, taxonomy, Arbitraries.of(true, false))
        .as((r, t, declared) -> new Version(r.isEmpty() ? null : r, declared ? t : null))
        .filter(v -> v.research() != null || v.taxonomy() != null);
  }

  private Arbitrary<String> paper() {
    Arbitrary<Integer> which = Arbitraries.integers().between(0, 4);
    Arbitrary<List<String>> sota = Arbitraries.of(TEXTS).list().ofMaxSize(3);
    Arbitrary<List<String>> tags = Arbitraries.of(TOPICS).list().ofMinSize(1).ofMaxSize(2);
    Arbitrary<Integer> fate = Arbitraries.integers().between(0, 3);
    return Combinators.combine(which, sota, tags, fate).as((n, items, ts, f) -> "  - title: \"Paper " + n + "\"\n"
        + (n % 2 == 0 ? "    arxiv_id: \"200" + n + ".0000" + n + "\"\n" : "")
        + "    first_author: Author" + n + "\n    year: 2020\n    topics: [" + String.join(", ", ts) + "]\n"
        + (f == 1 ? "    experimental: true\n" : "")
        + (f == 2 ? "    attic: {reason: outdated, superseded_by: \"2002.00002\"}\n" : "")
        + "    sota: [" + String.join(", ", items.stream().map(s -> "\"" + s + "\"").toList()) + "]\n");
  }

  private Arbitrary<String> topic() {
    Arbitrary<String> name = Arbitraries.of(TOPICS);
    Arbitrary<List<String>> previously = Arbitraries.of(TOPICS).list().ofMaxSize(2);
    Arbitrary<Integer> state = Arbitraries.integers().between(0, 3);
    Arbitrary<String> replacement = Arbitraries.of(TOPICS);
    return Combinators.combine(name, previously, state, replacement).as((n, p, s, r) -> "  - name: " + n
        + "\n    kind: process\n    summary: " + (s == 3 ? "Changed" : "About " + n) + "\n"
        + (p.isEmpty() ? "" : "    previously: [" + String.join(", ", p) + "]\n")
        + (s == 1 ? "    status: deprecated\n    deprecated: {reason: merged, date: 2025-06-08, replaced_by: " + r + "}\n" : ""));
  }

  @Provide
  Arbitrary<List<Finding>> findings() {
    Arbitrary<Finding> one = Combinators.combine(Arbitraries.of("research.yaml", "HEAD~1:data/research.yaml", "taxonomy.yaml"),
        Arbitraries.of("naming/format", "taxonomy/unknown-topic"), Arbitraries.of("topic `A` is bad", "topic `B` is bad"),
        Arbitraries.of("", "/2020/0", "attention"), Arbitraries.integers().between(1, 3))
        .as((file, rule, message, pointer, line) -> {
          var b = Finding.builder().ruleId(rule).severity(Severity.WARNING).message(message)
              .span(new SourceSpan(file, line, 1, line, 2, 0, 1));
          return pointer.isEmpty() ? b.build() : b.pointer(pointer).build();
        });
    return one.list().ofMaxSize(4);
  }
}
