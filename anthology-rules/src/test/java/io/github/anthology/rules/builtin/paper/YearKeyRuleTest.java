package io.github.anthology.rules.builtin.paper;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import org.junit.jupiter.api.Test;

class YearKeyRuleTest {
  @Test
  void yearEqualToItsKeyIsAccepted() {
    assertThat(lint(new YearKeyRule(), research("2023:\n  - title: T\n    year: 2023\n"))).isEmpty();
  }

  @Test
  void yearUnderAnotherKeyIsReportedWithTheKeyRelated() {
    Finding f = lint(new YearKeyRule(), research("2023:\n  - title: T\n    year: 2022\n")).get(0);
    assertThat(f.span().line()).isEqualTo(3);
    assertThat(f.message()).isEqualTo("year 2022 differs from the year key 2023 the paper is listed"
        + " under; correct the year or move the paper under 2022:");
    assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(1));
  }

  @Test
  void aYearThatContradictsBothItsKeyAndItsIdSaysSoOnce() {
    Finding f = lint(new YearKeyRule(),
        research("2023:\n  - title: FSDP\n    arxiv_id: \"2304.11277\"\n    year: 2022\n")).get(0);
    assertThat(f.message()).isEqualTo("year 2022 differs from the year key 2023 the paper is listed under"
        + " and from its arXiv id `2304.11277` (posted 2023); correct the year to 2023");
    assertThat(f.related()).hasSize(2);
  }

  @Test
  void whenTheIdAgreesWithTheYearThePaperIsMoved() {
    Finding f = lint(new YearKeyRule(),
        research("2023:\n  - title: T\n    arxiv_id: \"2204.02311\"\n    year: 2022\n")).get(0);
    assertThat(f.message()).endsWith("; its arXiv id agrees with the year: move the paper under 2022:");
  }

  @Test
  void theArxivYearRuleDefersToThisOne() {
    String yaml = "2023:\n  - title: FSDP\n    arxiv_id: \"2304.11277\"\n    year: 2022\n";
    assertThat(lint(new YearMatchesArxivIdRule(), research(yaml))).isEmpty();
    assertThat(lint(new YearMatchesArxivIdRule(), research(yaml.replace("2023:", "2022:")))).hasSize(1);
  }

  @Test
  void missingYearIsNotThisRulesConcern() {
    assertThat(lint(new YearKeyRule(), research("2023:\n  - title: T\n"))).isEmpty();
  }
}
