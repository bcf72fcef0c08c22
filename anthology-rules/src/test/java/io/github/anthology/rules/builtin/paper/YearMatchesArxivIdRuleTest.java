package io.github.anthology.rules.builtin.paper;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearMatchesArxivIdRuleTest {
  private static List<Finding> check(String id, String year) {
    return lint(new YearMatchesArxivIdRule(), research("""
        %s:
          - title: T
            arxiv_id: "%s"
            year: %s
        """.formatted(year, id, year)));
  }

  @Test
  void yearOfTheIdIsAccepted() {
    assertThat(check("1904.09237", "2019")).isEmpty();
  }

  @Test
  void yearContradictingTheIdIsReportedAtTheYearWithTheIdRelated() {
    Finding f = check("1904.09237", "2018").get(0);
    assertThat(f.span().line()).isEqualTo(4);
    assertThat(f.message()).isEqualTo("year 2018 contradicts arXiv id `1904.09237`, posted 2019-04;"
        + " correct the year to 2019 or check the id");
    assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(3));
    assertThat(f.pointer()).contains("paper:1904.09237");
  }

  @Test
  void oldStyleIdsCarryNoYearToCompare() {
    assertThat(check("hep-th/9901001", "1998")).isEmpty();
  }

  @Test
  void nonNumericYearIsLeftToOtherRules() {
    assertThat(check("1904.09237", "soon")).isEmpty();
  }

  @Test
  void aPaperTheLockFileRecordsIsLeftToTheCitationYearRule() {
    var anthology = io.github.anthology.model.Anthology.builder().from(research("""
        2018:
          - title: T
            arxiv_id: "1904.09237"
            year: 2018
        """)).putPaperMetadata("1904.09237", io.github.anthology.model.PaperMetadata.builder().id("1904.09237")
        .source("arxiv-snapshot").build()).build();
    assertThat(lint(new YearMatchesArxivIdRule(), anthology)).isEmpty();
    var unknown = io.github.anthology.model.Anthology.builder().from(anthology).paperMetadata(java.util.Map.of("1904.09237",
        io.github.anthology.model.PaperMetadata.notFound("1904.09237", "arxiv-api"))).build();
    assertThat(lint(new YearMatchesArxivIdRule(), unknown)).as("an id arXiv does not know is still checked").hasSize(1);
  }
}
