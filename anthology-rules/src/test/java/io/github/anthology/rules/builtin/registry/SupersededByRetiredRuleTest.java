package io.github.anthology.rules.builtin.registry;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupersededByRetiredRuleTest {
  private static List<Finding> check(String yaml) {
    return lint(new SupersededByRetiredRule(), research(yaml));
  }

  @Test
  void aPaperSupersededByAPaperThatIsItselfInTheAtticIsReported() {
    List<Finding> findings = check("""
        2020:
          - title: A
            arxiv_id: "2003.04881"
            attic: {reason: r, superseded_by: ["2103.03386"]}
        2021:
          - title: Clusterability
            arxiv_id: "2103.03386"
            attic: {reason: not interesting}
        """);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.span().line()).isEqualTo(4);
      assertThat(f.message()).isEqualTo("superseded_by `2103.03386` names a paper that is itself in the attic;"
          + " name what replaced it, or remove the reference");
      assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(8));
      assertThat(f.pointer()).contains("paper:2003.04881");
    });
  }

  @Test
  void theFindingNamesWhereTheChainOfSuccessorsEnds() {
    assertThat(check("""
        2020:
          - title: A
            arxiv_id: "2001.00001"
            attic: {reason: r, superseded_by: "2002.00002"}
          - title: B
            arxiv_id: "2002.00002"
            attic: {reason: r, superseded_by: "2003.00003"}
          - title: C
            arxiv_id: "2003.00003"
        """)).singleElement().satisfies(f -> assertThat(f.message())
            .endsWith("; its chain ends at `2003.00003`: point there instead"));
  }

  @Test
  void aRecommendationSupersededByADeprecatedOneIsReported() {
    assertThat(check("""
        2020:
          - title: A
            sota:
              - {text: old, id: MLR-2020-A001-0001, status: deprecated, superseded_by: MLR-2020-A001-0002}
              - {text: newer, id: MLR-2020-A001-0002, status: deprecated}
        """)).singleElement().satisfies(f -> assertThat(f.message())
            .startsWith("superseded_by `MLR-2020-A001-0002` names a recommendation that is itself deprecated"));
  }

  @Test
  void aCurrentSuccessorIsAccepted() {
    assertThat(check("""
        2020:
          - title: A
            arxiv_id: "2001.00001"
            attic: {reason: r, superseded_by: "2002.00002"}
          - title: B
            arxiv_id: "2002.00002"
        """)).isEmpty();
  }

  @Test
  void unresolvedReferencesAndCyclesAreLeftToTheirOwnRules() {
    assertThat(check("""
        2020:
          - title: A
            arxiv_id: "2001.00001"
            attic: {reason: r, superseded_by: ["2002.00002", "2999.99999"]}
          - title: B
            arxiv_id: "2002.00002"
            attic: {reason: r, superseded_by: "2001.00001"}
        """)).isEmpty();
  }

  @Test
  void aLongChainIsWalkedOnce() {
    StringBuilder yaml = new StringBuilder("2020:\n");
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      yaml.append("  - title: P").append(i).append("\n    arxiv_id: \"2001.").append(String.format("%05d", i))
          .append("\"\n    attic: {reason: r, superseded_by: \"2001.").append(String.format("%05d", i + 1))
          .append("\"}\n");
    }
    yaml.append("  - title: current\n    arxiv_id: \"2001.").append(String.format("%05d", n)).append("\"\n");
    assertThat(check(yaml.toString())).hasSize(n - 1);
  }
}
