package io.github.anthology.model.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextEditTest {

  /** The text after replacing the scalar that {@code written} spells (starting at offset 0) by {@code replacement}. */
  private static String replaced(String written, String text, boolean plain, String replacement) {
    Scalar scalar = new Scalar(text, new SourceSpan("f", 1, 1, 1, written.length() + 1, 0, written.length()), plain);
    TextEdit e = TextEdit.replaceText(scalar, replacement);
    return written.substring(0, e.startOffset()) + e.replacement() + written.substring(e.endOffset());
  }

  @Test
  void aPlainOrQuotedScalarKeepsItsSpelling() {
    assertThat(replaced("MoE", "MoE", true, "moe")).isEqualTo("moe");
    assertThat(replaced("\"MoE\"", "MoE", false, "moe")).isEqualTo("\"moe\"");
    assertThat(replaced("'MoE'", "MoE", false, "moe")).isEqualTo("'moe'");
  }

  @Test
  void aJsonNumberStaysANumber() {
    assertThat(replaced("2021", "2021", false, "2022")).isEqualTo("2022");
  }

  @Test
  void aScalarWrittenWithEscapesBecomesADoubleQuotedTextValidInJsonAndYaml() {
    assertThat(replaced("\"Mo\\u0045\"", "MoE", false, "moe")).isEqualTo("\"moe\"");
    assertThat(replaced("'it''s'", "it's", false, "a \"b\" \\ c\n\u0001"))
        .isEqualTo("\"a \\\"b\\\" \\\\ c\\n\\u0001\"");
  }
}
