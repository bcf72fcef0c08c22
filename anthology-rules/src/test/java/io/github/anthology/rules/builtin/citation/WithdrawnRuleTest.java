package io.github.anthology.rules.builtin.citation;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.PaperMetadata;
import org.junit.jupiter.api.Test;

class WithdrawnRuleTest {
  private static final PaperMetadata WITHDRAWN = PaperMetadata.builder().from(Cited.paper("1003.00001",
      "A paper its author withdrew", "Author", "A.", "2010-03-03")).withdrawn(true).build();

  @Test
  void citingAWithdrawnPaperIsAWarningWhereverItIsCited() {
    String yaml = """
        2010:
          - title: "A paper its author withdrew"
            arxiv_id: "1003.00001"
        2023:
          - title: "B"
            arxiv_id: "2305.13245"
            attic:
              see_also: "1003.00001v2"
        """;
    assertThat(lines(lint(new WithdrawnRule(), Cited.registry(yaml, WITHDRAWN, Cited.GQA)))).containsExactly(
        "3:15 arXiv `1003.00001` (\"A paper its author withdrew\") has been withdrawn by its authors; cite another"
            + " paper, or move it to the attic with the reason",
        "8:17 arXiv `1003.00001v2` (\"A paper its author withdrew\") has been withdrawn by its authors; cite another"
            + " paper, or move it to the attic with the reason");
  }

  @Test
  void aPaperNotWithdrawnOrNotRecordedIsFine() {
    String yaml = Cited.entry("GQA", "2305.13245", "Ainslie", "2023");
    assertThat(lint(new WithdrawnRule(), Cited.registry(yaml, Cited.GQA))).isEmpty();
    assertThat(lint(new WithdrawnRule(), Cited.registry(yaml))).isEmpty();
  }
}
