package io.github.anthology.rules.builtin.taxonomy;

import static io.github.anthology.rules.Fixtures.lines;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static io.github.anthology.rules.Fixtures.taxonomyOnly;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TooBroadRuleTest {
  private static final String RESEARCH = "2020:\n  - title: T\n    topics: [big, small]\n    sota: [a, b, c]\n";

  @Test
  void topicAboveTheRecommendationLimitIsReported() {
    assertThat(lines(lint(new TooBroadRule(), research(RESEARCH), Map.of("max-recommendations", 2))))
        .containsExactly("3:14 topic `big` is the primary topic of 3 recommendations (more than 2);"
            + " consider splitting it");
  }

  @Test
  void topicAboveTheScopeLimitIsReported() {
    assertThat(lint(new TooBroadRule(), taxonomyOnly("topics:\n  - name: a\n    scope: [x, y, z]\n"),
        Map.of("max-scope-items", 2))).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("has 3 scope items (more than 2)"));
  }

  @Test
  void topicsWithinTheLimitsAreAccepted() {
    assertThat(lint(new TooBroadRule(), research(RESEARCH))).isEmpty();
  }
}
