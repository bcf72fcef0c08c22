package io.github.anthology.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceFilesTest {
  @Test
  void theWorkingDirectoryIsShownAsADotNotAsNothing() {
    assertThat(SourceFiles.display(Path.of("."))).isEqualTo(".");
    assertThat(SourceFiles.display(Path.of("a/../b/./c.yaml"))).isEqualTo("b/c.yaml");
  }
}
