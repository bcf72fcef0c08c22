package io.github.anthology.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProjectPathsTest {
  private final ProjectPaths paths = new ProjectPaths(Path.of("/work/repo"));

  @Test
  void aFileUnderTheStartingDirectoryIsNamedRelativeToIt() {
    assertThat(paths.shown(new File("/work/repo/registry/research.yaml"))).isEqualTo(Path.of("registry/research.yaml"));
  }

  @Test
  void theStartingDirectoryItselfIsTheEmptyPathTheWorkspaceTakesAsItsDefault() {
    assertThat(paths.shown(new File("/work/repo"))).isEqualTo(Path.of(""));
  }

  @Test
  void aFileElsewhereIsNamedAbsolutely() {
    assertThat(paths.shown(new File("/work/other/../elsewhere/research.yaml")))
        .isEqualTo(Path.of("/work/elsewhere/research.yaml"));
  }
}
