package io.github.anthology.io.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorKeyTest {
  @Test
  void accentsAreDecomposedRatherThanDropped() {
    assertThat(AuthorKey.of("Müller")).isEqualTo("Muller");
    assertThat(AuthorKey.of("Gómez-Rodríguez")).isEqualTo("GomezRodriguez");
  }

  @Test
  void lettersThatDoNotDecomposeAreSpelledOut() {
    assertThat(AuthorKey.of("Strauß")).isEqualTo("Strauss");
    assertThat(AuthorKey.of("Østergaard")).isEqualTo("Ostergaard");
  }

  @Test
  void theSurnameIsTheLastWordOrThePartBeforeAComma() {
    assertThat(AuthorKey.of("Diederik P. Kingma")).isEqualTo("Kingma");
    assertThat(AuthorKey.of("Kingma, D. P.")).isEqualTo("Kingma");
    assertThat(AuthorKey.of("Kingma et al.")).isEqualTo("Kingma");
  }

  @Test
  void aNameWithoutLatinLettersGivesAnEmptyKey() {
    assertThat(AuthorKey.of("李")).isEmpty();
  }
}
