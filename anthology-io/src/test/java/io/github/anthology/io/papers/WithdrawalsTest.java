package io.github.anthology.io.papers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WithdrawalsTest {
  @Test
  void theWaysArxivCommentsSayAPaperWasWithdrawnAreRecognised() {
    assertThat(Withdrawals.says("This paper has been withdrawn by the author due to a crucial error in equation 2")).isTrue();
    assertThat(Withdrawals.says("This submission has been withdrawn by arXiv administrators")).isTrue();
    assertThat(Withdrawals.says("Withdrawn: the results are subsumed by arXiv:1234.5678")).isTrue();
    assertThat(Withdrawals.says("paper withdrawn")).isTrue();
    assertThat(Withdrawals.says("The article was withdrawn.")).isTrue();
  }

  @Test
  void otherUsesOfTheWordAreNot() {
    assertThat(Withdrawals.says("We model withdrawn capital in venture funds")).isFalse();
    assertThat(Withdrawals.says("22 pages, 6 figures; v2: an erroneous claim is withdrawn")).isFalse();
    assertThat(Withdrawals.says("Accepted at EMNLP 2023")).isFalse();
    assertThat(Withdrawals.says(null)).isFalse();
  }

  @Test
  void theCheapTestFindsTheWordInAnyCase() {
    assertThat(Withdrawals.mentions("x WITHDRAWN y", 0, 13)).isTrue();
    assertThat(Withdrawals.mentions("withdraw", 0, 8)).isFalse();
  }
}
