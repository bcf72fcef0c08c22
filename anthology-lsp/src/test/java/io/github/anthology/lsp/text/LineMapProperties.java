package io.github.anthology.lsp.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eclipse.lsp4j.Position;

class LineMapProperties {
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab \t\n\r-é😀").ofMaxLength(60);
  }

  @Property
  void everyOffsetMapsToAPositionAndBack(@ForAll("texts") String text) {
    LineMap lines = new LineMap(text);
    for (int offset = 0; offset <= text.length(); offset++) {
      boolean insideCrLf = offset > 0 && offset < text.length() && text.charAt(offset - 1) == '\r' && text.charAt(offset) == '\n';
      if (!insideCrLf) {
        assertThat(lines.offset(lines.position(offset))).isEqualTo(offset);
      }
    }
  }

  @Example
  void positionsCountUtf16UnitsAndEveryKindOfLineBreak() {
    LineMap lines = new LineMap("a😀b\r\nc\rd\ne");
    assertThat(lines.position(3)).isEqualTo(new Position(0, 3));
    assertThat(lines.position(6)).isEqualTo(new Position(1, 0));
    assertThat(lines.position(8)).isEqualTo(new Position(2, 0));
    assertThat(lines.position(10)).isEqualTo(new Position(3, 0));
    assertThat(lines.lineEnd(0)).isEqualTo(4);
  }

  @Example
  void aPositionPastTheEndOfItsLineMeansTheLinesEnd() {
    LineMap lines = new LineMap("ab\ncd");
    assertThat(lines.offset(new Position(0, 99))).isEqualTo(2);
    assertThat(lines.offset(new Position(9, 0))).isEqualTo(5);
  }
}
