package io.github.anthology.rules.builtin.taxonomy;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Recs.rec;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Recommendation;
import io.github.anthology.rules.api.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverlapMergeRuleTest {
  private final OverlapMergeRule rule = new OverlapMergeRule();

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
    assertThat(lint(rule, overlap(4, 10, 2))).isEmpty();
  }

  @Test
  void justAboveHalfFiresNamingBothTopicsTheCountAndMembers() {
    List<Finding> findings = lint(rule, overlap(5, 10, 3));
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
    assertThat(lint(rule, overlap(5, 10, 3), Map.of("threshold", 0.6))).isEmpty();
    assertThat(lint(rule, overlap(5, 10, 3), Map.of("threshold", 0.59))).hasSize(1);
  }

  @Test
  void smallTopicsStayOutUntilTheyReachTheMinimumSize() {
    assertThat(lint(rule, overlap(2, 10, 2))).isEmpty();
    assertThat(lint(rule, overlap(2, 10, 2), Map.of("min-topic-size", 2))).hasSize(1);
  }

  @Test
  void tagsThatOnePaperCarriesTogetherAreNoEvidence() {
    List<Recommendation> onePaper = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      onePaper.add(rec(i, "the-only-paper", List.of("a", "b")));
    }
    Anthology a = Anthology.builder().recommendations(onePaper).build();
    assertThat(lint(rule, a)).isEmpty();
    assertThat(lint(rule, a, Map.of("min-shared-papers", 1))).hasSize(1);
  }

  @Test
  void deprecatedTopicsAreNotMergeCandidates() {
    Anthology base = overlap(5, 5, 5);
    var taxonomy = io.github.anthology.rules.Fixtures.anthology(null,
        "topics:\n  - name: a\n  - name: b\n    status: deprecated\n").taxonomy().orElseThrow();
    assertThat(lint(rule, Anthology.builder().from(base).taxonomy(taxonomy).build())).isEmpty();
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
    List<Finding> findings = lint(rule, null, tax);
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("topics `a` and `b` share 2 of 3 scope items (67% of the smaller"));
  }
}
