package io.github.anthology.rules.builtin.registry;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingIdRuleTest {
  @Test
  void registryWithoutAnyIdsIsNotReported() {
    assertThat(lint(new MissingIdRule(), research("2014:\n  - title: A\n    sota: [x, y]\n"))).isEmpty();
  }

  @Test
  void onceIdsAreUsedAMissingOneIsReported() {
    assertThat(lines(lint(new MissingIdRule(), research("""
        2014:
          - title: A
            sota:
              - {text: One, id: MLR-2014-A001-0001}
              - Two
        """)))).containsExactly("5:9 recommendation has no id while 1 of 2 have one; run"
        + " `anthology ids --write` to assign stable ids");
  }

  @Test
  void registryWithEveryIdIsAccepted() {
    assertThat(lint(new MissingIdRule(), research(
        "2014:\n  - title: A\n    sota:\n      - {text: One, id: MLR-2014-A001-0001}\n"))).isEmpty();
  }
}
