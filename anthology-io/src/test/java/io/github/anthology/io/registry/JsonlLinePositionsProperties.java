package io.github.anthology.io.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.Recommendation;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class JsonlLinePositionsProperties {

  @Property(tries = 30)
  void everyTextSpanPointsAtItsQuotedTextWhateverTheLineEndsAndLengths(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 30_000) Integer> lengths,
      @ForAll boolean crlf, @ForAll boolean bom, @ForAll @IntRange(min = 1, max = 5) int chunk) throws ReadException {
    StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < lengths.size(); i++) {
      String t = "r" + i + "x".repeat(lengths.get(i));
      texts.add(t);
      text.append("{\"recommendation\": \"").append(t).append("\"}").append(crlf ? "\r\n" : "\n");
      if (i % 7 == 3) {
        text.append(crlf ? "\r\n" : "\n");
      }
    }
    String body = text.toString();
    String withoutBom = bom ? body.substring(1) : body;
    try (JsonlReader reader = new JsonlReader("reg.jsonl", trickle(body, chunk * 997))) {
      for (String expected : texts) {
        Recommendation rec = reader.next();
        assertThat(rec.text()).isEqualTo(expected);
        assertThat(withoutBom.substring(rec.textSpan().startOffset(), rec.textSpan().endOffset()))
            .isEqualTo("\"" + expected + "\"");
        assertThat(rec.textSpan().column()).isEqualTo(20);
      }
      assertThat(reader.next()).isNull();
    }
  }

  /** A reader that hands out at most {@code most} characters a call, as a slow stream does. */
  private static Reader trickle(String text, int most) {
    return new StringReader(text) {
      @Override
      public int read(char[] buf, int off, int len) throws java.io.IOException {
        return super.read(buf, off, Math.min(len, most));
      }
    };
  }
}
