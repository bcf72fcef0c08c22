package io.github.anthology.io.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.Recommendation;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Reading a JSONL file in blocks on several threads gives exactly what one thread reading one
 * block gives: the same records with the same positions and pointers, and the same first error,
 * after the same records.
 */
class JsonlBlocksProperties {

  @Property(tries = 60)
  void blocksAndThreadsChangeNothingThatIsRead(
      @ForAll @Size(min = 0, max = 60) List<@IntRange(min = 0, max = 9) Integer> shapes,
      @ForAll @IntRange(min = 16, max = 400) int blockChars, @ForAll @IntRange(min = 1, max = 3) int threads,
      @ForAll boolean crlf) {
    String text = file(shapes, crlf);
    Outcome one = read(text, JsonlReader.BLOCK_CHARS, 1);
    Outcome many = read(text, blockChars, threads);
    assertThat(many.records()).isEqualTo(one.records());
    assertThat(many.error()).isEqualTo(one.error());
  }

  /** Lines of several shapes: records, blank lines, a non-ASCII text, and (shape 9) a broken line. */
  private static String file(List<Integer> shapes, boolean crlf) {
    String end = crlf ? "\r\n" : "\n";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < shapes.size(); i++) {
      switch (shapes.get(i)) {
        case 0 -> out.append(end);
        case 1 -> out.append("   \t").append(end);
        case 2 -> out.append("{\"recommendation\": \"Tiefe Schichten \u00fcben ").append(i).append("\", \"topic\": \"t\"}").append(end);
        case 9 -> out.append("{\"recommendation\": ").append(end);
        default -> out.append("{\"id\": \"MLR-2020-Ab001-").append(String.format("%04d", i))
            .append("\", \"recommendation\": \"Use ").append("x".repeat(shapes.get(i) * 7))
            .append("\", \"topic\": [\"a\", \"b\"], \"status\": \"standard\"}").append(end);
      }
    }
    return out.toString();
  }

  private record Outcome(List<Recommendation> records, String error) {}

  private static Outcome read(String text, int blockChars, int threads) {
    List<Recommendation> records = new ArrayList<>();
    try (JsonlReader reader = new JsonlReader("r.jsonl", new StringReader(text), blockChars, threads)) {
      ReadException e = catchThrowableOfType(() -> {
        for (Recommendation r = reader.next(); r != null; r = reader.next()) {
          records.add(r);
        }
      }, ReadException.class);
      return new Outcome(records, e == null ? null : e.getMessage() + " @ " + e.span());
    }
  }
}
