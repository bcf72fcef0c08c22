package io.github.anthology.io.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.model.source.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextEditsTest {
  private static final String TEXT = "topics:  # the tags\n  - MoE\n  - \"memory efficiency\"\n";

  private static TextEdit edit(int start, int end, String replacement) {
    return new TextEdit("f.yaml", start, end, replacement);
  }

  @Test
  void editsAreAppliedInPositionOrderWhateverOrderTheyCome() {
    int moe = TEXT.indexOf("MoE");
    int mem = TEXT.indexOf("memory efficiency");
    AppliedEdits result = TextEdits.apply(TEXT, List.of(
        edit(mem, mem + "memory efficiency".length(), "memory-efficiency"),
        edit(moe, moe + 3, "moe")));
    assertThat(result.text()).isEqualTo("topics:  # the tags\n  - moe\n  - \"memory-efficiency\"\n");
    assertThat(result.applied()).hasSize(2);
    assertThat(result.deferred()).isEmpty();
  }

  @Test
  void anEditOverlappingAnEarlierOneIsDeferredToTheNextPass() {
    int moe = TEXT.indexOf("MoE");
    TextEdit first = edit(moe, moe + 3, "moe");
    TextEdit clash = edit(moe + 1, moe + 3, "xx");
    AppliedEdits result = TextEdits.apply(TEXT, List.of(clash, first));
    assertThat(result.applied()).containsExactly(first);
    assertThat(result.deferred()).containsExactly(clash);
    assertThat(result.text()).contains("- moe\n");
  }

  @Test
  void twoInsertionsAtOnePointOverlapSoTheSecondWaits() {
    AppliedEdits result = TextEdits.apply("ab", List.of(edit(1, 1, "x"), edit(1, 1, "y")));
    assertThat(result.text()).isEqualTo("axb");
    assertThat(result.deferred()).containsExactly(edit(1, 1, "y"));
  }

  @Test
  void anExactDuplicateIsAppliedOnce() {
    AppliedEdits result = TextEdits.apply("abc", List.of(edit(1, 2, "B"), edit(1, 2, "B")));
    assertThat(result.text()).isEqualTo("aBc");
    assertThat(result.deferred()).isEmpty();
  }

  @Test
  void adjacentEditsDoNotOverlap() {
    AppliedEdits result = TextEdits.apply("abcd", List.of(edit(0, 2, "X"), edit(2, 4, "Y")));
    assertThat(result.text()).isEqualTo("XY");
  }

  @Test
  void textOutsideTheEditsIsKeptByteForByteWithWindowsLineEndings() {
    String crlf = "a: 1\r\n# note\r\nb: Two\r\n";
    int two = crlf.indexOf("Two");
    assertThat(TextEdits.apply(crlf, List.of(edit(two, two + 3, "two"))).text())
        .isEqualTo("a: 1\r\n# note\r\nb: two\r\n");
  }

  @Test
  void noEditsLeaveTheTextAsItWas() {
    AppliedEdits result = TextEdits.apply(TEXT, List.of());
    assertThat(result.text()).isEqualTo(TEXT);
    assertThat(result.changed()).isFalse();
  }

  @Test
  void anEditBeyondTheEndIsABug() {
    assertThatThrownBy(() -> TextEdits.apply("ab", List.of(edit(1, 5, "x"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond the end");
  }
}
