package io.github.anthology.io;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapRoomTest {
  @TempDir Path dir;

  @Test
  void inputsOfMoreThanAThirdOfTheHeapAreRefusedAtOnceAsOutOfMemory() throws Exception {
    Path a = Files.write(dir.resolve("research.yaml"), new byte[600]);
    Path b = Files.write(dir.resolve("taxonomy.yaml"), new byte[500]);
    assertThatThrownBy(() -> HeapRoom.check(List.of(a, b), 3_000)).isInstanceOf(OutOfMemoryError.class)
        .hasMessageContaining("the heap is 0 MiB");
    assertThatCode(() -> HeapRoom.check(List.of(a, b), 3_300)).doesNotThrowAnyException();
  }

  @Test
  void missingFilesAndDirectoriesCountNothing() {
    assertThatCode(() -> HeapRoom.check(List.of(dir, dir.resolve("missing.yaml")), 1)).doesNotThrowAnyException();
  }
}
