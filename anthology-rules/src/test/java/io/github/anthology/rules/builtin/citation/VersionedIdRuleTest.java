package io.github.anthology.rules.builtin.citation;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionedIdRuleTest {
  @Test
  void anIdPinnedToAVersionIsReportedWithOrWithoutMetadata() {
    String yaml = """
        2023:
          - title: "GQA"
            arxiv_id: "2305.13245v3"
            attic:
              superseded_by: hep-th/9901001v2
        """;
    assertThat(lines(lint(new VersionedIdRule(), Cited.registry(yaml)))).containsExactly(
        "3:15 arXiv id `2305.13245v3` names version v3 of the paper; cite the paper as `2305.13245`",
        "5:22 arXiv id `hep-th/9901001v2` names version v2 of the paper; cite the paper as `hep-th/9901001`");
  }

  @Test
  void idsWithoutAVersionAndReferencesThatAreNotIdsAreFine() {
    String yaml = """
        2023:
          - title: "GQA"
            arxiv_id: "2305.13245"
            attic:
              superseded_by: MLR-2023-Ainslie001-0001v2
        """;
    assertThat(lint(new VersionedIdRule(), Cited.registry(yaml))).isEmpty();
  }
}
