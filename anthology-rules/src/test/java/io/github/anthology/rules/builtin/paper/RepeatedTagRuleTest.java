package io.github.anthology.rules.builtin.paper;

import static io.github.anthology.rules.Fixtures.fixed;
import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.lintWithTexts;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedTagRuleTest {
  private static final String BLOCK = """
      2017:
        - title: Goyal
          topics:
            - distributed-optimization
            - training-optimization
            - computer-vision
            - training-optimization
      """;

  @Test
  void tagsListedOnceAreAccepted() {
    assertThat(lint(new RepeatedTagRule(), research("2017:\n  - title: T\n    topics: [a, b, c]\n"))).isEmpty();
  }

  @Test
  void aRepeatIsReportedAtTheRepeatWithTheFirstRelated() {
    Finding f = lintWithTexts(new RepeatedTagRule(), BLOCK, null).get(0);
    assertThat(f.span().line()).isEqualTo(7);
    assertThat(f.message()).isEqualTo("topic `training-optimization` is listed twice in this paper's topics;"
        + " remove the repeat");
    assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(5));
  }

  @Test
  void theFixRemovesTheRepeatedLineOfABlockList() {
    Finding f = lintWithTexts(new RepeatedTagRule(), BLOCK, null).get(0);
    assertThat(fixed(BLOCK, f)).isEqualTo(BLOCK.replace("      - computer-vision\n      - training-optimization\n",
        "      - computer-vision\n"));
  }

  @Test
  void theFixRemovesARepeatFromAFlowListWithItsComma() {
    String flow = "2017:\n  - title: T\n    topics: [a, b, a, c]\n";
    List<Finding> findings = lintWithTexts(new RepeatedTagRule(), flow, null);
    assertThat(findings).hasSize(1);
    assertThat(fixed(flow, findings.get(0))).isEqualTo("2017:\n  - title: T\n    topics: [a, b, c]\n");
  }

  @Test
  void aCommentOnTheRepeatedLineIsKept() {
    String commented = "2017:\n  - title: T\n    topics:\n      - a\n      - a  # keep me\n";
    Finding f = lintWithTexts(new RepeatedTagRule(), commented, null).get(0);
    assertThat(fixed(commented, f)).contains("# keep me").doesNotContain("- a  #");
  }

  @Test
  void withoutTheSourceTextTheRepeatIsReportedWithoutAFix() {
    assertThat(lint(new RepeatedTagRule(), research(BLOCK))).singleElement()
        .satisfies(f -> assertThat(f.fixes()).isEmpty());
  }
}
