package io.github.anthology.rules.builtin.paper;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class YearRangeRuleTest {
  @Test
  void plausibleYearsAreAccepted() {
    assertThat(lint(new YearRangeRule(), research("2014:\n  - title: T\n    year: 2014\n"))).isEmpty();
  }

  @Test
  void typoYearIsReported() {
    assertThat(lines(lint(new YearRangeRule(), research("2014:\n  - title: T\n    year: 2204\n"))))
        .containsExactly("3:11 year 2204 is outside 1950-2100; correct it (a typo?) or widen the"
            + " rule's `earliest`/`latest` options");
  }

  @Test
  void yearKeyIsCheckedToo() {
    assertThat(lines(lint(new YearRangeRule(), research("1014:\n  - title: T\n"))))
        .singleElement().asString().startsWith("1:1 year key 1014 is outside");
  }

  @Test
  void boundsAreOptions() {
    assertThat(lint(new YearRangeRule(), research("2014:\n  - title: T\n    year: 2014\n"),
        Map.of("latest", 2010))).hasSize(2);
  }
}
