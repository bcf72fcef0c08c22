package io.github.anthology.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.source.SourceSpan;
import org.junit.jupiter.api.Test;

class LineIndexTest {
  private final LineIndex lines = new LineIndex("research.yaml", "2020:\n  - title: A\n\n  - title: 😀B\nlast");

  @Test
  void aParserPositionBecomesOneBasedLineAndColumnWithTheCharacterOffset() {
    SourceSpan span = lines.span(1, 4, 1, 14);

    assertThat(span).isEqualTo(new SourceSpan("research.yaml", 2, 5, 2, 15, 10, 20));
  }

  @Test
  void columnsCountCodePointsSoOffsetsStepOverSurrogatePairs() {
    assertThat(lines.offset(3, 11)).isEqualTo(31);
    assertThat(lines.offset(3, 12)).isEqualTo(33);
  }

  @Test
  void theLastLineWithoutALineBreakAndPositionsBeyondTheTextAreKnown() {
    assertThat(lines.offset(4, 0)).isEqualTo(35);
    assertThat(lines.offset(9, 0)).isEqualTo(39);
  }

  @Test
  void offsetsTurnBackIntoTheSameLinesAndColumns() {
    assertThat(lines.spanOfOffsets(19, 21)).isEqualTo(new SourceSpan("research.yaml", 3, 1, 4, 2, 19, 21));
  }
}
