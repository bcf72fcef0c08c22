package io.github.anthology.rules.builtin.registry;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnresolvedReferenceRuleTest {
  private static final String REGISTRY = """
      2020:
        - title: GPT-3
          arxiv_id: "2005.14165"
          sota:
            - {text: one cycle of cosine decay, id: MLR-2020-Brown001-0001}
        - title: SGDR++
          arxiv_id: "2103.00001"
          attic:
            reason: superseded
            superseded_by: ["2005.14165", "2110.08058"]
            see_also: "1911.05722"
          sota:
            - {text: restarts, evidence: ["2005.14165", MLR-2020-Brown001-0002], superseded_by: MLR-2020-Brown001-0001}
      """;

  @Test
  void referencesToNothingInTheRegistryAreReported() {
    assertThat(lines(lint(new UnresolvedReferenceRule(), research(REGISTRY)))).containsExactly(
        "10:37 superseded_by `2110.08058` names no paper (arXiv id) or recommendation (id) of the"
            + " registry; add that paper to the registry or correct the reference",
        "11:17 see_also `1911.05722` names no paper (arXiv id) or recommendation (id) of the registry;"
            + " add that paper to the registry or correct the reference",
        "13:51 evidence `MLR-2020-Brown001-0002` names no paper (arXiv id) or recommendation (id) of"
            + " the registry; did you mean `MLR-2020-Brown001-0001`?");
  }

  @Test
  void referencesThatResolveAreAccepted() {
    assertThat(lint(new UnresolvedReferenceRule(), research(REGISTRY
        .replace(", \"2110.08058\"", "").replace("see_also: \"1911.05722\"", "see_also: []")
        .replace(", MLR-2020-Brown001-0002", "")))).isEmpty();
  }
}
