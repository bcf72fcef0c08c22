package io.github.anthology.rules.builtin.registry;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import org.junit.jupiter.api.Test;

class DuplicateIdRuleTest {
  private static final String RECS = """
      2014:
        - title: Adam
          sota:
            - {text: One, id: MLR-2014-Kingma001-0001}
            - {text: Two, id: MLR-2014-Kingma001-0002}
            - {text: Three, id: MLR-2014-Kingma001-0001}
      """;

  @Test
  void reusedIdIsReportedAtTheSecondUse() {
    Finding f = lint(new DuplicateIdRule(), research(RECS)).get(0);
    assertThat(f.span().line()).isEqualTo(6);
    assertThat(f.message()).startsWith("recommendation id `MLR-2014-Kingma001-0001` is already used at line 4");
    assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(4));
    assertThat(f.pointer()).contains("recommendation:MLR-2014-Kingma001-0001");
  }

  @Test
  void distinctIdsAreAccepted() {
    assertThat(lint(new DuplicateIdRule(), research(RECS.replace("Three, id: MLR-2014-Kingma001-0001",
        "Three, id: MLR-2014-Kingma001-0003")))).isEmpty();
  }

  @Test
  void recommendationsWithoutIdsAreNotDuplicates() {
    assertThat(lint(new DuplicateIdRule(), research("2014:\n  - title: A\n    sota: [x, y]\n"))).isEmpty();
  }
}
