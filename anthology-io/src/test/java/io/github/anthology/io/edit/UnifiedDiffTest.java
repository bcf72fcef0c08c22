package io.github.anthology.io.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  @Test
  void equalTextsHaveNoDiff() {
    assertThat(UnifiedDiff.of("a.yaml", "x\n", "x\n")).isEmpty();
  }

  @Test
  void aChangedLineIsShownWithContextAndGitStyleHeaders() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n";
    String after = "1\n2\n3\n4\nfive\n6\n7\n8\n";
    assertThat(UnifiedDiff.of("r.yaml", before, after)).isEqualTo("""
        --- a/r.yaml
        +++ b/r.yaml
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8
        """);
  }

  @Test
  void aMissingFinalNewlineIsMarked() {
    assertThat(UnifiedDiff.of("r.yaml", "a\n", "a\nb")).contains("+b\n\\ No newline at end of file");
  }
}
