package io.github.anthology.lsp.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.lsp.text.LineMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopicSlotTest {
  /** The slot at the cursor, written as {@code |} in the text: the offset where the half-typed name starts. */
  private static Optional<Integer> slot(String withCursor) {
    int cursor = withCursor.indexOf('|');
    return TopicSlot.at(new LineMap(withCursor.replace("|", "")), cursor);
  }

  @Test
  void afterTopicAndInFlowListsOfTopicsAndSecondary() {
    assertThat(slot("  - text: x\n    topic: tra|")).contains(23);
    assertThat(slot("    topics: [model-architecture, att|")).contains(33);
    assertThat(slot("    secondary: [|")).contains(16);
  }

  @Test
  void inABlockListUnderTopicsWhateverItsIndentation() {
    assertThat(slot("    topics:\n      - model-architecture\n      - at|")).contains(47);
    assertThat(slot("topics:\n- |")).contains(10);
  }

  @Test
  void notInOtherListsNorAfterAClosedFlowListNorInAPlainKey() {
    assertThat(slot("    sota:\n      - Use|")).isEmpty();
    assertThat(slot("    topics: [a]|")).isEmpty();
    assertThat(slot("    title: Att|")).isEmpty();
    assertThat(slot("    topics:|")).isEmpty();
    assertThat(slot("2017:\n  - |")).isEmpty();
  }
}
