package io.github.anthology.rules.builtin.registry;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfEvidenceRuleTest {
  private static List<Finding> check(String evidence) {
    return lint(new SelfEvidenceRule(), research("""
        2020:
          - title: A
            arxiv_id: "2001.00001"
            sota:
              - {text: x, id: MLR-2020-A001-0001, evidence: %s}
          - title: B
            arxiv_id: "2002.00002"
        """.formatted(evidence)));
  }

  @Test
  void evidenceCitingTheOwnSourcePaperIsReported() {
    assertThat(check("[\"2002.00002\", \"2001.00001\"]")).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("evidence `2001.00001` is the recommendation's own source paper,"
          + " which supports nothing; cite independent work or remove it");
      assertThat(f.span().line()).isEqualTo(5);
      assertThat(f.pointer()).contains("recommendation:MLR-2020-A001-0001");
    });
  }

  @Test
  void evidenceCitingTheRecommendationItselfIsReported() {
    assertThat(check("[MLR-2020-A001-0001]")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("is the recommendation itself"));
  }

  @Test
  void independentEvidenceIsAccepted() {
    assertThat(check("[\"2002.00002\"]")).isEmpty();
    assertThat(check("[]")).isEmpty();
  }
}
