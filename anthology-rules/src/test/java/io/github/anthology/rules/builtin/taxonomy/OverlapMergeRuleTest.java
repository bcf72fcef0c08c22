package io.github.anthology.rules.builtin.taxonomy;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Recs.rec;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.Anthology;
import io.github.anthology.rules.Fixtures;
import io.github.anthology.model.Recommendation;
import io.github.anthology.rules.api.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverlapMergeRuleTest {
  private final OverlapMergeRule rule = new OverlapMergeRule();
  /** The topic conventions' rule exactly: the overlap coefficient alone, over declared topics. */
  static final Map<String, Object> SEED = Map.of("measure", "overlap");

  /** The same registry with `a` and `b` declared, so both are governed topics. */
  static Anthology declared(Anthology a) {
    var taxonomy = io.github.anthology.rules.Fixtures.taxonomyOnly("topics:\n  - name: a\n  - name: b\n")
        .taxonomy().orElseThrow();
    return Anthology.builder().from(a).taxonomy(taxonomy).build();
  }

  static Map<String, Object> seed(String option, Object value) {
    return Map.of("measure", "overlap", option, value);
  }

  /** Topic `a` has {@code sizeA} recommendations, of which {@code shared} also carry `b`; `b` has {@code sizeB}. */
  static Anthology overlap(int sizeA, int sizeB, int shared) {
    List<Recommendation> recs = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < shared; i++, n++) {
      recs.add(rec(n, "paper-" + n, List.of("a", "b")));
    }
    for (int i = shared; i < sizeA; i++, n++) {
      recs.add(rec(n, "paper-" + n, List.of("a")));
    }
    for (int i = shared; i < sizeB; i++, n++) {
      recs.add(rec(n, "paper-" + n, List.of("b")));
    }
    return Anthology.builder().recommendations(recs).build();
  }

  @Test
  void exactlyHalfDoesNotFire() {
    assertThat(lint(rule, declared(overlap(4, 10, 2)), SEED)).isEmpty();
  }

  @Test
  void justAboveHalfFiresNamingBothTopicsTheCountAndMembers() {
    List<Finding> findings = lint(rule, declared(overlap(5, 10, 3)), SEED);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("topics `a` and `b` share 3 of 5 recommendations (60% of the smaller,"
          + " above the 50% threshold); merge them (shared: \"recommendation 0\", \"recommendation 1\","
          + " \"recommendation 2\")");
      assertThat(f.related()).hasSize(1);
      assertThat(f.pointer()).contains("topic:a+b");
    });
  }

  @Test
  void theThresholdIsAnOption() {
    assertThat(lint(rule, declared(overlap(5, 10, 3)), seed("threshold", 0.6))).isEmpty();
    assertThat(lint(rule, declared(overlap(5, 10, 3)), seed("threshold", 0.59))).hasSize(1);
  }

  @Test
  void smallTopicsStayOutUntilTheyReachTheMinimumSize() {
    assertThat(lint(rule, declared(overlap(2, 10, 2)), SEED)).isEmpty();
    assertThat(lint(rule, declared(overlap(2, 10, 2)), seed("min-topic-size", 2))).hasSize(1);
  }

  @Test
  void tagsThatOnePaperCarriesTogetherAreNoEvidence() {
    List<Recommendation> onePaper = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      onePaper.add(rec(i, "the-only-paper", List.of("a", "b")));
    }
    Anthology a = declared(Anthology.builder().recommendations(onePaper).build());
    assertThat(lint(rule, a, SEED)).isEmpty();
    assertThat(lint(rule, a, seed("min-shared-papers", 1))).hasSize(1);
  }

  @Test
  void deprecatedTopicsAreNotMergeCandidates() {
    Anthology base = overlap(5, 5, 5);
    var taxonomy = io.github.anthology.rules.Fixtures.anthology(null,
        "topics:\n  - name: a\n  - name: b\n    status: deprecated\n").taxonomy().orElseThrow();
    assertThat(lint(rule, Anthology.builder().from(base).taxonomy(taxonomy).build(), SEED)).isEmpty();
  }

  @Test
  void withoutATaxonomyATagThatIsNobodysPrimaryTopicIsAFacetNotATopic() {
    List<Recommendation> recs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      recs.add(rec(i, "paper-" + i, List.of("optimization", "theory")));
    }
    for (int i = 6; i < 30; i++) {
      recs.add(rec(i, "paper-" + i, List.of("topic-" + i)));
    }
    Anthology a = Anthology.builder().recommendations(recs).build();
    assertThat(lint(rule, a)).isEmpty();
    assertThat(lint(rule, a, SEED)).isEmpty();
    recs.set(0, rec(0, "paper-0", List.of("theory", "optimization")));
    assertThat(lint(rule, Anthology.builder().recommendations(recs).build())).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("topics `optimization` and `theory` share 6 of 6"));
  }

  @Test
  void anOverlapThatChanceExplainsIsNoEvidenceOfOneScope() {
    // two broad topics that each tag 8 of 10 recommendations share 6 of them: chance gives that
    Anthology broad = declared(overlap(8, 8, 6));
    assertThat(lint(rule, broad, SEED)).hasSize(1);
    assertThat(lint(rule, broad)).isEmpty();
    // the same six shared among forty recommendations is far beyond chance
    Anthology narrow = declared(Anthology.builder().recommendations(pad(overlap(8, 8, 6).recommendations(), 30)).build());
    assertThat(lint(rule, narrow)).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("topics `a` and `b` share 6 of 8 recommendations (75% of the smaller, above the 50% threshold;")
        .contains("; chance alone shares this many with p = "));
  }

  @Test
  void theLargestProbabilityByChanceIsAnOption() {
    Anthology narrow = declared(Anthology.builder().recommendations(pad(overlap(8, 8, 6).recommendations(), 30)).build());
    assertThat(lint(rule, narrow, Map.of("max-p-value", 1e-9))).isEmpty();
  }

  /** The recommendations and {@code more} others, each tagged with a topic of its own. */
  private static List<Recommendation> pad(List<Recommendation> recs, int more) {
    List<Recommendation> out = new ArrayList<>(recs);
    for (int i = 0; i < more; i++) {
      out.add(rec(100 + i, "other-" + i, List.of("other-" + i)));
    }
    return out;
  }

  @Test
  void scopeItemsOverlapAfterNormalisation() {
    String tax = """
        topics:
          - name: a
            scope: [Data loading, Quality assessment, Batch preparation]
          - name: b
            scope: [data-loading, quality  assessment, Caching, Sharding]
        """;
    List<Finding> findings = lint(rule, Fixtures.anthology(null, tax), SEED);
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("topics `a` and `b` share 2 of 3 scope items (67% of the smaller"));
  }
}
