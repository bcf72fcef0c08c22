package io.github.anthology.io.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import org.junit.jupiter.api.Test;

class DerivedTopicIdTest {

  private static Recommendation rec(String topic, String text) {
    return Recommendation.builder().text(text).textSpan(SourceSpan.ofFile("f")).addPrimaryTopics(Scalar.of(topic))
        .status(Status.STANDARD).source(io.github.anthology.model.PaperRef.builder().build())
        .span(SourceSpan.ofFile("f")).build();
  }

  @Test
  void symbolsAndNonAsciiLettersAreDroppedAsTheReferenceSystemDoes() {
    assertThat(DerivedFields.topicId(rec("optimization", "Common hyperparameters: \u03b2\u2081=0.9, \u03b2\u2082=0.999, \u03b5=1e-8")))
        .contains("optimization/common-hyperparameters-09-0999-1e-8");
  }

  @Test
  void droppedWordsLeaveEmptyWordsBetweenHyphens() {
    assertThat(DerivedFields.topicId(rec("scaling-laws", "`num_tokens ~ 20 * num_params`")))
        .contains("scaling-laws/numtokens--20--numparams");
  }

  @Test
  void onlyTheFirstFiveWordsAreKept() {
    assertThat(DerivedFields.topicId(rec("Attention", "Use ZeRO-3 only when other strategies insufficient")))
        .contains("attention/use-zero-3-only-when-other");
  }
}
