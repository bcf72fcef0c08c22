package io.github.anthology.rules.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BaselineTest {
  private static final Function<String, String> SAME = Function.identity();

  static Finding finding(String rule, String pointer, String message, int line) {
    var b = Finding.builder().ruleId(rule).severity(Severity.ERROR).message(message)
        .span(new SourceSpan("research.yaml", line, 1, line, 2, 0, 1));
    if (pointer != null) {
      b.pointer(pointer);
    }
    return b.build();
  }

  @Test
  void theSameFindingsOnOtherLinesAreAllKnown() {
    Baseline baseline = Baseline.of(List.of(finding("a/b", "topic:MoE", "m", 10), finding("a/b", null, "x", 20)), SAME);
    Baseline.Match m = baseline.match(List.of(finding("a/b", "topic:MoE", "m", 99), finding("a/b", null, "x", 1)), SAME);
    assertThat(m.fresh()).isEmpty();
    assertThat(m.known()).hasSize(2);
    assertThat(m.stale()).isEmpty();
  }

  @Test
  void anEntityKeepsItsEntryWhenTheMessageChanges() {
    Baseline baseline = Baseline.of(List.of(finding("t/overlap", "topic:a+b", "share 7 of 9", 3)), SAME);
    assertThat(baseline.match(List.of(finding("t/overlap", "topic:a+b", "share 8 of 9", 3)), SAME).fresh()).isEmpty();
  }

  @Test
  void withoutAPointerTheMessageIsTheEntity() {
    Baseline baseline = Baseline.of(List.of(finding("a/b", null, "old words", 3)), SAME);
    Baseline.Match m = baseline.match(List.of(finding("a/b", null, "new words", 3)), SAME);
    assertThat(m.fresh()).extracting(Finding::message).containsExactly("new words");
    assertThat(m.stale()).extracting(BaselineEntry::message).containsExactly("old words");
  }

  @Test
  void aSecondFindingOnAKnownEntityIsNewAndTheExactOneStaysKnown() {
    Baseline baseline = Baseline.of(List.of(finding("t/unknown", "rec:1", "tag `MoE`", 3)), SAME);
    Baseline.Match m = baseline.match(
        List.of(finding("t/unknown", "rec:1", "tag `llama2`", 3), finding("t/unknown", "rec:1", "tag `MoE`", 4)), SAME);
    assertThat(m.fresh()).extracting(Finding::message).containsExactly("tag `llama2`");
  }

  @Test
  void otherFilesAndRulesAreOtherEntities() {
    Baseline baseline = Baseline.of(List.of(finding("a/b", "topic:x", "m", 1)), f -> "old/" + f);
    Baseline.Match m = baseline.match(List.of(finding("a/b", "topic:x", "m", 1), finding("a/c", "topic:x", "m", 1)), SAME);
    assertThat(m.fresh()).hasSize(2);
    assertThat(m.stale()).singleElement().asString().isEqualTo("old/research.yaml a/b topic:x");
  }

  @Test
  void entriesAreSortedWhateverTheFindingOrder() {
    List<Finding> findings = List.of(finding("b/x", "p2", "m", 1), finding("a/x", null, "z", 2), finding("a/x", "p1", "m", 3));
    List<Finding> reversed = new ArrayList<>(findings);
    Collections.reverse(reversed);
    assertThat(Baseline.of(findings, SAME)).isEqualTo(Baseline.of(reversed, SAME));
    assertThat(Baseline.of(findings, SAME).entries()).extracting(BaselineEntry::rule).containsExactly("a/x", "a/x", "b/x");
  }

  @Property
  void aRunMatchedAgainstItsOwnBaselineHasNothingNewOrStale(
      @ForAll @Size(max = 30) List<@IntRange(max = 5) Integer> shape) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < shape.size(); i++) {
      int k = shape.get(i);
      findings.add(finding("r/" + (k % 2), k % 3 == 0 ? null : "p" + k, "m" + (i % 4), i + 1));
    }
    Baseline.Match m = Baseline.of(findings, SAME).match(findings, SAME);
    assertThat(m.fresh()).isEmpty();
    assertThat(m.stale()).isEmpty();
    assertThat(m.known()).hasSameSizeAs(findings);
  }
}
