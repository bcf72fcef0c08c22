package io.github.anthology.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.anthology.io.ReadException;
import org.junit.jupiter.api.Test;

/**
 * Nesting a reading list cannot use to overflow the stack (block quotes, emphasis) or to make the
 * parser run for minutes (lists thousands deep): refused, with the place, as one error.
 */
class MarkdownLimitsTest {

  private static String error(String text) {
    Throwable t = catchThrowable(() -> ReadingListReader.read("l.md", text));
    assertThat(t).isInstanceOf(ReadException.class);
    return t.getMessage();
  }

  @Test
  void blockQuotesTenThousandDeepAreRefusedWhereTheyPassTheLimit() {
    assertThat(error("# L\n" + "> ".repeat(10_000) + "x\n"))
        .isEqualTo("l.md:2:129: a reading list nested more than 64 levels deep (lists, block quotes) is refused");
  }

  @Test
  void aListThousandsDeepIsRefusedBeforeParsing() {
    StringBuilder list = new StringBuilder("# L\n");
    for (int i = 0; i < 5_000; i++) {
      list.append("  ".repeat(i)).append("- x\n");
    }
    assertThat(error(list.toString())).startsWith("l.md:131:257: a reading list nested more than 64 levels deep")
        .endsWith("(indented more than 256 columns)");
  }

  @Test
  void emphasisTooDeepForTheParserIsRefusedAtItsRun() {
    assertThat(error("# L\n" + "*".repeat(50_000) + "x" + "*".repeat(50_000) + "\n"))
        .startsWith("l.md:2:1: a reading list nested more than 256 elements deep");
  }

  @Test
  void nestingWithinTheLimitsReads() throws ReadException {
    StringBuilder list = new StringBuilder("# L\n");
    for (int i = 0; i < 60; i++) {
      list.append("  ".repeat(i)).append("- [paper ").append(i).append("](https://example.org/").append(i).append(")\n");
    }
    list.append("> ".repeat(60)).append("[q](https://example.org/q)\n");
    assertThat(ReadingListReader.read("l.md", list.toString()).resources()).hasSize(61);
  }
}
