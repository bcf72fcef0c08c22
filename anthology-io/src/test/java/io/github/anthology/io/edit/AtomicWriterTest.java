package io.github.anthology.io.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {
  @TempDir Path dir;

  private List<Path> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  void writesTheNewContentAndLeavesNoTemporaryFile() throws IOException {
    Path file = Files.writeString(dir.resolve("research.yaml"), "old\n");
    AtomicWriter.standard().write(file, "new\n".getBytes(StandardCharsets.UTF_8));
    assertThat(file).hasContent("new");
    assertThat(listing()).containsExactly(file);
  }

  @Test
  void aCrashBetweenTheTemporaryWriteAndTheRenameLeavesTheOriginalIntactAndNoStrayFile() throws IOException {
    Path file = Files.writeString(dir.resolve("research.yaml"), "# comments\n2014: []\n");
    List<Path> seenTemporaries = new ArrayList<>();
    AtomicWriter crashing = new AtomicWriter((temporary, target) -> {
      seenTemporaries.add(temporary);
      assertThat(temporary.getParent()).isEqualTo(target.getParent());
      assertThat(temporary).hasContent("half of the new");
      throw new IOException("simulated crash before rename");
    });
    assertThatThrownBy(() -> crashing.write(file, "half of the new".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("simulated crash");
    assertThat(seenTemporaries).hasSize(1);
    assertThat(Files.readString(file)).isEqualTo("# comments\n2014: []\n");
    assertThat(listing()).containsExactly(file);
  }

  @Test
  void theFileKeepsItsPermissions() throws IOException {
    Path file = Files.writeString(dir.resolve("taxonomy.yaml"), "topics: []\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
    AtomicWriter.standard().write(file, "topics:\n".getBytes(StandardCharsets.UTF_8));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
  }

  @Test
  void aStagedFileTakesItsPlaceOnlyWhenCommitted() throws IOException {
    Path file = Files.writeString(dir.resolve("index.html"), "old");
    try (AtomicWriter.Staged staged = AtomicWriter.standard().stage(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)))) {
      assertThat(file).hasContent("old");
      assertThat(listing()).hasSize(2);

      staged.commit();
    }
    assertThat(file).hasContent("new");
    assertThat(listing()).containsExactly(file);
  }

  @Test
  void aStagedFileThatIsNeverCommittedLeavesNoTraceAndTheTargetUntouched() throws IOException {
    Path file = Files.writeString(dir.resolve("index.html"), "old");
    try (AtomicWriter.Staged staged = AtomicWriter.standard().stage(file, out -> out.write('x'))) {
      assertThat(listing()).hasSize(2);
    }
    assertThat(file).hasContent("old");
    assertThat(listing()).containsExactly(file);
  }

  @Test
  void contentThatFailsWhileStagingLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("registry.json");
    assertThatThrownBy(() -> AtomicWriter.standard().stage(file, out -> {
      out.write('{');
      throw new IOException("renderer failed");
    })).hasMessageContaining("renderer failed");
    assertThat(listing()).isEmpty();
  }
}
