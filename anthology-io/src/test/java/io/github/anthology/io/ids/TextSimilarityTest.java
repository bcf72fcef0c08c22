package io.github.anthology.io.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextSimilarityTest {
  private final TextSimilarity similarity = new TextSimilarity(0.8);

  @Test
  void caseSpacingAndAFinalStopBarelyCount() {
    assertThat(similarity.of("Prefer GQA to MQA or MHA", "prefer  GQA to MQA or MHA.")).isCloseTo(0.96, within(0.01));
  }

  @Test
  void wordsInAnotherOrderCountAsALightRewording() {
    assertThat(similarity.of("Use async I/O for checkpoint writing", "Use async I/O for writing checkpoints"))
        .isCloseTo(0.97, within(0.01));
  }

  @Test
  void aDifferentPracticeIsBelowTheThreshold() {
    assertThat(similarity.of("use gradient clipping", "use gradient checkpointing")).isEqualTo(-1);
    assertThat(similarity.of("Use continuous batching for inference", "Fuse attention operations where possible"))
        .isEqualTo(-1);
  }

  @Test
  void theThresholdIsAboveZeroAndAtMostOne() {
    assertThatThrownBy(() -> new TextSimilarity(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new TextSimilarity(1).of("same", "same")).isEqualTo(1);
    assertThat(new TextSimilarity(1).of("same", "same.")).isEqualTo(-1);
  }

  @Property
  void similarityIsSymmetricAndATextIsFullySimilarToItself(@ForAll String a, @ForAll String b) {
    assertThat(similarity.of(a, a)).isEqualTo(1);
    assertThat(similarity.of(a, b)).isEqualTo(similarity.of(b, a));
  }
}
