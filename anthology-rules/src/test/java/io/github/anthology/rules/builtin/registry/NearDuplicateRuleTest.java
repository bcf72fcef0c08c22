package io.github.anthology.rules.builtin.registry;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearDuplicateRuleTest {
  private static final String BATCHNORM = """
      2015:
        - title: Batch Normalization
          sota:
            - "Place BatchNorm after linear/conv layers but before activation functions"
            - "Use running statistics for inference"
      2018:
        - title: How does BN help
          sota:
            - "Place BN after linear/conv layers but before activation functions"
      """;

  @Test
  void batchNormAndBnVersionsAreNearDuplicates() {
    List<Finding> findings = lint(new NearDuplicateRule(), research(BATCHNORM));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.span().line()).isEqualTo(9);
      assertThat(f.message()).contains("nearly repeats \"Place BatchNorm after").contains("line 4, 82%");
      assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(4));
    });
  }

  @Test
  void aStricterThresholdLetsThemPass() {
    assertThat(lint(new NearDuplicateRule(), research(BATCHNORM), Map.of("threshold", 0.9))).isEmpty();
  }

  @Test
  void relatedButDifferentAdviceIsNotReported() {
    assertThat(lint(new NearDuplicateRule(), research("""
        2020:
          - title: A
            sota:
              - use gradient clipping
              - Use gradient clipping with dynamic threshold
              - Overlap communication with backward pass
              - Overlap communication with computation using backward prefetch
        """))).isEmpty();
  }

  @Test
  void exactDuplicatesAreLeftToTheDuplicateRule() {
    assertThat(lint(new NearDuplicateRule(), research(
        "2014:\n  - title: A\n    sota: [\"Place norm, before activation\", place NORM before activation]\n")))
        .isEmpty();
  }

  @Test
  void shortTextsAreNotCompared() {
    assertThat(lint(new NearDuplicateRule(), research("2014:\n  - title: A\n    sota: [Use Adam, Use AdamW]\n")))
        .isEmpty();
  }

  @Test
  void eachCopyOfTheSameWordsIsReportedOnceAgainstTheEarliest() {
    assertThat(reported("""
        2014:
          - title: A
            sota:
              - Place norm before activation
              - Place the norm before activation
              - place norm before the activation
              - Place norm before activation in deep nets
        """))
        .containsExactlyInAnyOrder("5 -> 4", "6 -> 4");
  }

  @Test
  void aTextSimilarToCopiesIsReportedAgainstTheEarliestCopyOnly() {
    assertThat(reported("""
        2014:
          - title: A
            sota:
              - Place norm before activation in deep nets
              - Place the norm before activation in deep nets
              - Place norm before activation in deep nets always
        """))
        .containsExactlyInAnyOrder("5 -> 4", "6 -> 4");
  }

  @Test
  void textsWithNonAsciiLettersAreComparedByTheirNormalisedWords() {
    assertThat(reported("""
        2014:
          - title: A
            sota:
              - "Résumé training from the ﬁnal checkpoint shard"
              - "Resume training from the final checkpoint shard"
              - "RÉSUMÉ training from the final checkpoint shard now"
        """))
        .containsExactly("6 -> 4");
  }

  /** Each finding as "line -> line of the similar recommendation". */
  private static List<String> reported(String yaml) {
    return lint(new NearDuplicateRule(), research(yaml)).stream()
        .map(f -> f.span().line() + " -> " + f.related().get(0).span().line()).toList();
  }
}
