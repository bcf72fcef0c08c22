package io.github.anthology.api.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Fix;
import io.github.anthology.rules.api.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixSelectionTest {
  private static Finding finding(TextEdit... edits) {
    return Finding.builder().ruleId("t/t").severity(Severity.ERROR).message("m")
        .span(SourceSpan.ofFile("f")).addFixes(new Fix("fix", List.of(edits))).build();
  }

  private static TextEdit edit(int start, int end) {
    return new TextEdit("f", start, end, "x");
  }

  @Test
  void aFixIsTakenWholeOrWaitsWhole() {
    List<TextEdit> chosen = FixSelection.of(List.of(
        finding(edit(10, 12)),
        finding(edit(0, 2), edit(11, 13)),
        finding(edit(20, 22))));
    assertThat(chosen).containsExactly(edit(10, 12), edit(20, 22));
  }

  @Test
  void anEditSharedByTwoFixesDoesNotKeepTheSecondOut() {
    List<TextEdit> chosen = FixSelection.of(List.of(finding(edit(0, 2), edit(5, 6)), finding(edit(5, 6), edit(8, 9))));
    assertThat(chosen).containsExactly(edit(0, 2), edit(5, 6), edit(5, 6), edit(8, 9));
  }

  @Test
  void aLongEditOverAnEarlierShortOneIsCaught() {
    List<TextEdit> chosen = FixSelection.of(List.of(finding(edit(2, 3)), finding(edit(5, 6)), finding(edit(0, 5))));
    assertThat(chosen).containsExactly(edit(2, 3), edit(5, 6));
  }

  @Test
  void findingsWithoutFixesAreSkipped() {
    Finding bare = Finding.builder().ruleId("t/t").severity(Severity.ERROR).message("m").span(SourceSpan.ofFile("f")).build();
    assertThat(FixSelection.of(List.of(bare))).isEmpty();
  }
}
