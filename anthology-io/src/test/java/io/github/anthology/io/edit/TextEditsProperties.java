package io.github.anthology.io.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.source.TextEdit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The original text is written in lower case and every replacement in upper case, so what an
 * application kept of the original can be read straight off its result.
 */
class TextEditsProperties {
  record Case(String text, List<TextEdit> edits) {}

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.strings().withCharRange('a', 'e').withChars('\n', '#').ofMaxLength(60).flatMap(text -> {
      Arbitrary<Integer> at = Arbitraries.integers().between(0, text.length());
      Arbitrary<TextEdit> edit = Combinators.combine(at, at, Arbitraries.strings().withCharRange('V', 'Z').ofMaxLength(4))
          .as((a, b, r) -> new TextEdit("f", Math.min(a, b), Math.max(a, b), r));
      return edit.list().ofMaxSize(8).map(edits -> new Case(text, edits));
    });
  }

  @Property
  void everyCharacterOutsideTheAppliedEditsIsKeptInOrder(@ForAll("cases") Case c) {
    AppliedEdits result = TextEdits.apply(c.text(), c.edits());
    StringBuilder outside = new StringBuilder();
    int from = 0;
    for (TextEdit e : result.applied()) {
      outside.append(c.text(), from, e.startOffset());
      from = e.endOffset();
    }
    outside.append(c.text().substring(from));
    assertThat(result.text().replaceAll("[V-Z]", "")).isEqualTo(outside.toString());
  }

  @Property
  void appliedEditsNeverOverlapAndEveryEditIsAppliedOrDeferred(@ForAll("cases") Case c) {
    AppliedEdits result = TextEdits.apply(c.text(), c.edits());
    for (int i = 1; i < result.applied().size(); i++) {
      assertThat(result.applied().get(i).overlaps(result.applied().get(i - 1))).isFalse();
    }
    List<TextEdit> all = new ArrayList<>(result.applied());
    all.addAll(result.deferred());
    assertThat(new HashSet<>(all)).isEqualTo(new HashSet<>(c.edits()));
  }

  @Property
  void theOrderEditsComeInDoesNotMatter(@ForAll("cases") Case c) {
    List<TextEdit> shuffled = new ArrayList<>(c.edits());
    Collections.reverse(shuffled);
    assertThat(TextEdits.apply(c.text(), shuffled).text()).isEqualTo(TextEdits.apply(c.text(), c.edits()).text());
  }
}
