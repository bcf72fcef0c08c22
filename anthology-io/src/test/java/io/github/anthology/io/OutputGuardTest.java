package io.github.anthology.io;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {
  @TempDir Path dir;

  @Test
  void anOutputThatIsAnInputFileOrAFileOfAnInputDirectoryIsRefused() throws Exception {
    Path research = Files.writeString(dir.resolve("research.yaml"), "2020: []\n");
    Path taxonomy = Files.writeString(dir.resolve("taxonomy.yaml"), "topics: []\n");
    Path config = Files.writeString(dir.resolve("anthology.yaml"), "extends: recommended\n");
    for (Path output : List.of(research, taxonomy, config)) {
      assertThatThrownBy(() -> OutputGuard.refuse("--output", Optional.of(output), List.of(research)))
          .isInstanceOf(ReadException.class).hasMessageContaining("--output names").hasMessageContaining("nothing was written");
      assertThatThrownBy(() -> OutputGuard.refuse("--output", Optional.of(output), List.of(dir)))
          .isInstanceOf(ReadException.class);
    }
  }

  @Test
  void aLinkToAnInputIsTheInput() throws Exception {
    Path research = Files.writeString(dir.resolve("research.yaml"), "2020: []\n");
    Path symbolic = Files.createSymbolicLink(dir.resolve("report.txt"), research);
    Path hard = Files.createLink(dir.resolve("report2.txt"), research);
    for (Path output : List.of(symbolic, hard)) {
      assertThatThrownBy(() -> OutputGuard.refuse("--output", Optional.of(output), List.of(research)))
          .isInstanceOf(ReadException.class).hasMessageContaining("the same file as the input");
    }
  }

  @Test
  void otherOutputsPass() throws Exception {
    Path research = Files.writeString(dir.resolve("research.yaml"), "2020: []\n");
    assertThatCode(() -> OutputGuard.refuse("--output", Optional.of(dir.resolve("report.txt")), List.of(research)))
        .doesNotThrowAnyException();
    assertThatCode(() -> OutputGuard.refuse("--output", Optional.empty(), List.of(research))).doesNotThrowAnyException();
  }

  @Test
  void aBuildIntoTheRegistryDirectoryMayNotReplaceAnInputExport() throws Exception {
    Path export = Files.writeString(dir.resolve("registry.yaml"), "recommendations: []\n");
    assertThatThrownBy(() -> OutputGuard.refuseUnder("--out", dir, List.of("REGISTRY.md", "registry.yaml"), List.of(export)))
        .isInstanceOf(ReadException.class).hasMessageContaining("registry.yaml");
    assertThatThrownBy(() -> OutputGuard.refuseUnder("--out", export, List.of("REGISTRY.md"), List.of()))
        .isInstanceOf(ReadException.class).hasMessageContaining("must name a directory");
  }
}
