package io.github.anthology.io.ids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourcesTest {
  @Test
  void arxivIdsAreComparedWithoutPrefixVersionOrTheZerosANumberLoses() {
    assertThat(Sources.arxiv("arXiv:2103.03400v2")).isEqualTo(Sources.arxiv("2103.034"));
    assertThat(Sources.arxiv("1910.02054")).isEqualTo("1910.02054");
    assertThat(Sources.arxiv("hep-th/9901001v1")).isEqualTo("hep-th/9901001");
    assertThat(Sources.arxiv("2103.03401")).isNotEqualTo(Sources.arxiv("2103.0340"));
  }
}
