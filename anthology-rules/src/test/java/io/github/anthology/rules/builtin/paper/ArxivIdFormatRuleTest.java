package io.github.anthology.rules.builtin.paper;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArxivIdFormatRuleTest {
  private static String paper(String id) {
    return """
        2022:
          - title: T
            first_author: A
            year: 2022
            arxiv_id: %s
        """.formatted(id);
  }

  @Test
  void wellFormedIdsAreAccepted() {
    for (String id : new String[] {"\"2204.02311\"", "\"1412.6980\"", "\"2204.02311v2\"", "\"hep-th/9901001\""}) {
      assertThat(lint(new ArxivIdFormatRule(), research(paper(id)))).as(id).isEmpty();
    }
  }

  @Test
  void idOfTheWrongShapeIsReportedWhereItStands() {
    assertThat(lines(lint(new ArxivIdFormatRule(), research(paper("\"arXiv:2204.02311\""))))).containsExactly(
        "5:15 arXiv id `arXiv:2204.02311` is malformed: expected YYMM.NNNNN, e.g. `2204.02311`;"
            + " copy the id from the paper's arxiv.org address");
  }

  @Test
  void monthOutsideTheYearIsReported() {
    assertThat(lines(lint(new ArxivIdFormatRule(), research(paper("\"2213.01234\"")))))
        .singleElement().asString().contains("month `13` is not 01-12");
  }

  @Test
  void numberWidthMustMatchTheEra() {
    assertThat(lines(lint(new ArxivIdFormatRule(), research(paper("\"2204.0231\"")))))
        .singleElement().asString().contains("five-digit");
    assertThat(lines(lint(new ArxivIdFormatRule(), research(paper("\"1412.69801\"")))))
        .singleElement().asString().contains("four-digit");
  }

  @Test
  void paperWithoutIdIsNotThisRulesConcern() {
    assertThat(lint(new ArxivIdFormatRule(), research("2022:\n  - title: T\n    year: 2022\n"))).isEmpty();
  }
}
