package io.github.anthology.rules.builtin.registry;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequiredFieldsRuleTest {
  @Test
  void completePaperIsAccepted() {
    assertThat(lint(new RequiredFieldsRule(), research(
        "2014:\n  - title: Adam\n    first_author: Kingma\n    year: 2014\n    sota: [x]\n"))).isEmpty();
  }

  @Test
  void missingFieldsAreReportedThroughBeanValidation() {
    assertThat(lines(lint(new RequiredFieldsRule(), research("2014:\n  - title: \"\"\n    year: soon\n"))))
        .containsExactlyInAnyOrder(
            "2:5 first_author is required; add it",
            "2:5 title must not be blank; add it",
            "3:11 year is required and must be a whole number; add it");
  }

  @Test
  void aMissingFieldNamesTheEntityAsWellAsThePlace() {
    assertThat(lint(new RequiredFieldsRule(), research(
        "2014:\n  - title: Adam\n    arxiv_id: \"1412.6980\"\n    year: 2014\n  - title: B\n    year: 2014\n")))
        .extracting(f -> f.pointer().orElse("none"))
        .containsExactly("paper:1412.6980", "/2014/1");
  }

  @Test
  void formatsAndRangesAreLeftToTheirOwnRules() {
    assertThat(lint(new RequiredFieldsRule(), research("""
        2014:
          - title: Adam
            first_author: Kingma
            year: 1014
            arxiv_id: "not an id"
            sota:
              - {text: x, id: bad}
        """))).isEmpty();
  }
}
