package io.github.anthology.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class TokensTest {
  /** The one-pass reading of ASCII text must say exactly what NFKC, lower case and the split say. */
  @Property(tries = 500)
  void asciiTextIsNormalisedAsTheFullUnicodePathNormalisesIt(
      @ForAll @CharRange(from = 0, to = 127) String text) {
    assertThat(new Tokens().read(text).joined()).isEqualTo(Tokens.normaliseSlowly(text));
  }

  @Property(tries = 500)
  void anyTextIsNormalisedAsTheFullUnicodePathNormalisesIt(
      @ForAll @Chars({'A', 'z', '7', ' ', '-', '.', 'É', 'ß', 'Σ', 'ς', 'ﬁ', 'Ⅻ', '²', '\u00a0', '\u0301', 'İ'})
      @CharRange(from = 'a', to = 'e') String text) {
    assertThat(new Tokens().read(text).joined()).isEqualTo(Tokens.normaliseSlowly(text));
  }

  @Test
  void aFinalSigmaIsLowerCasedInTheContextOfTheWholeText() {
    assertThat(new Tokens().read("ΑΣ'Β ΟΔΟΣ").joined()).isEqualTo(Tokens.normaliseSlowly("ΑΣ'Β ΟΔΟΣ"))
        .isEqualTo("ασ β οδος");
  }

  @Test
  void compatibilityFormsAndCaseAreFoldedAndPunctuationBecomesOneSpace() {
    assertThat(new Tokens().read("  Use ﬁne-tuning (Ⅻ layers)… x²!  ").joined()).isEqualTo("use fine tuning xii layers x2");
  }

  @Test
  void theBufferIsReadAfreshForEachText() {
    Tokens tokens = new Tokens();
    tokens.read("Scale long-context attention with care");
    assertThat(tokens.read("Clip").joined()).isEqualTo("clip");
    assertThat(tokens.read("").joined()).isEmpty();
    assertThat(tokens.read("-- .. --").count()).isZero();
  }

  @Test
  void wordsAreFoundBetweenTheirBounds() {
    Tokens tokens = new Tokens().read("Place BN, after conv");
    assertThat(tokens.count()).isEqualTo(4);
    assertThat(new String(tokens.chars(), tokens.start(1), tokens.end(1) - tokens.start(1))).isEqualTo("bn");
    assertThat(new String(tokens.chars(), tokens.start(3), tokens.end(3) - tokens.start(3))).isEqualTo("conv");
  }

  @Test
  void aLongTextGrowsTheBuffer() {
    String text = "word ".repeat(500) + "End";
    assertThat(new Tokens().read(text).joined()).isEqualTo(Tokens.normaliseSlowly(text));
  }
}
