package io.github.anthology.rules.builtin.registry;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.registry;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnknownKeyRuleTest {
  private static final String PAPER = """
      2023:
        - title: Lion
          sota_maybe: [perhaps]
          historical_impact: [big]
          note: needs validation
          titel: typo
          sota:
            - {text: x, evidnce: ["2302.06675"]}
      """;

  @Test
  void unknownKeysAreReportedAndMisspellingsGetASuggestion() {
    assertThat(lines(lint(new UnknownKeyRule(), research(PAPER)))).containsExactly(
        "5:11 unknown paper key `note`; it is kept but nothing reads it (add it to the rule's"
            + " `allow` option if it is meant)",
        "6:12 unknown paper key `titel`; did you mean `title`?",
        "8:28 unknown recommendation key `evidnce`; did you mean `evidence`?");
  }

  @Test
  void keysOfTheFormatAreKnownEvenIfNotInterpreted() {
    assertThat(lint(new UnknownKeyRule(), research(PAPER), Map.of("allow", List.of("note", "titel", "evidnce"))))
        .isEmpty();
  }

  @Test
  void topicKeysAreCheckedToo() {
    assertThat(lines(lint(new UnknownKeyRule(), registry("topics:\n  - name: a\n    sumary: x\n", null))))
        .containsExactly("3:13 unknown topic key `sumary`; did you mean `summary`?");
  }
}
