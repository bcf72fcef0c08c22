package io.github.anthology.render.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextOutTest {
  @Property(tries = 50)
  void whatIsAppendedArrivesWholeAndInOrderAcrossChunks(
      @ForAll @Size(max = 40) List<@StringLength(max = 20_000) String> pieces) {
    StringBuilder expected = new StringBuilder();
    String actual = TextOut.text(out -> {
      for (String p : pieces) {
        out.append(p).append('|');
        out.write(p.toCharArray(), 0, p.length());
        expected.append(p).append('|').append(p);
      }
    });

    assertThat(actual).isEqualTo(expected.toString());
  }

  @Test
  void numbersAreWrittenAsTheirDigitsLikeAStringBuilder() {
    assertThat(TextOut.text(out -> out.append(42).append(' ').append(-7L))).isEqualTo("42 -7");
  }

  @Test
  void nothingReachesTheDestinationBeforeAChunkFillsOrAFlush() {
    StringBuilder seen = new StringBuilder();
    TextOut out = new TextOut(new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) {
        seen.append(cbuf, off, len);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
    out.append("small");
    assertThat(seen).isEmpty();

    out.flush();
    assertThat(seen).hasToString("small");
  }

  @Test
  void aFailingDestinationSurfacesAsAnUncheckedIoException() {
    TextOut out = new TextOut(new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });

    assertThatThrownBy(() -> out.append("x".repeat(40_000))).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }
}
