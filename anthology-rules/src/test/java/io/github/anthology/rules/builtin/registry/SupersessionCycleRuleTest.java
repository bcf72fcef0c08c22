package io.github.anthology.rules.builtin.registry;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupersessionCycleRuleTest {
  @Test
  void twoPapersSupersedingEachOtherAreOneCycleWithTheOtherEndRelated() {
    List<Finding> findings = lint(new SupersessionCycleRule(), research("""
        2020:
          - title: A
            arxiv_id: "2001.00001"
            attic: {reason: r, superseded_by: "2002.00002"}
          - title: B
            arxiv_id: "2002.00002"
            attic: {reason: r, superseded_by: "2001.00001"}
        """));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.span().line()).isEqualTo(4);
      assertThat(f.message()).isEqualTo("superseded_by forms a cycle through `2001.00001`, `2002.00002`;"
          + " break the cycle so that one of them is the current practice");
      assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(7));
    });
  }

  @Test
  void recommendationSupersedingItselfIsReported() {
    assertThat(lint(new SupersessionCycleRule(), research(
        "2020:\n  - title: A\n    sota:\n      - {text: x, id: MLR-2020-A001-0001, superseded_by: MLR-2020-A001-0001}\n")))
        .singleElement().satisfies(f -> assertThat(f.message()).startsWith("`MLR-2020-A001-0001` supersedes itself"));
  }

  @Test
  void chainsWithoutCyclesAreAccepted() {
    assertThat(lint(new SupersessionCycleRule(), research("""
        2020:
          - title: A
            arxiv_id: "2001.00001"
            attic: {reason: r, superseded_by: "2002.00002"}
          - title: B
            arxiv_id: "2002.00002"
            attic: {reason: r, superseded_by: "2003.00003"}
          - title: C
            arxiv_id: "2003.00003"
        """))).isEmpty();
  }

  @Test
  void longChainsDoNotOverflowTheStack() {
    StringBuilder yaml = new StringBuilder("2020:\n");
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      yaml.append("  - title: P").append(i).append("\n    arxiv_id: \"2001.").append(String.format("%05d", i))
          .append("\"\n    attic: {reason: r, superseded_by: \"2001.").append(String.format("%05d", (i + 1) % n))
          .append("\"}\n");
    }
    assertThat(lint(new SupersessionCycleRule(), research(yaml.toString()))).hasSize(1);
  }
}
