package io.github.anthology.rules.builtin.registry;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MalformedIdRuleTest {
  private static String withId(String id) {
    return "2014:\n  - title: Adam\n    sota:\n      - {text: One, id: " + id + "}\n";
  }

  @Test
  void stableIdIsAccepted() {
    assertThat(lint(new MalformedIdRule(), research(withId("MLR-2014-Kingma001-0001")))).isEmpty();
  }

  @Test
  void idOfAnotherShapeIsReported() {
    assertThat(lines(lint(new MalformedIdRule(), research(withId("REC-1"))))).containsExactly(
        "4:25 recommendation id `REC-1` is not of the form MLR-<year>-<Author><NNN>-<NNNN>"
            + " (e.g. MLR-2014-Kingma001-0001); remove it and let `anthology ids` assign one");
  }

  @Test
  void shortCounterIsReported() {
    assertThat(lint(new MalformedIdRule(), research(withId("MLR-2014-Kingma1-0001")))).hasSize(1);
  }
}
