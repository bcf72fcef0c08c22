package io.github.anthology.io.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.model.source.TextEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeSetTest {
  @TempDir Path dir;

  @Test
  void aPassAppliesEditsPerFileAndReturnsTheOverlappingOnes() {
    Map<String, String> texts = Map.of("a", "one two", "b", "three");
    TextEdit a = new TextEdit("a", 0, 3, "1");
    TextEdit clash = new TextEdit("a", 1, 2, "x");
    TextEdit b = new TextEdit("b", 0, 5, "3");
    ChangeSet.Pass pass = ChangeSet.apply(texts, List.of(a, clash, b));
    assertThat(pass.changes().texts()).isEqualTo(Map.of("a", "1 two", "b", "3"));
    assertThat(pass.deferred()).containsExactly(clash);
    assertThat(pass.changes().diff()).contains("--- a/a\n").contains("+3\n");
  }

  @Test
  void editsOfAFileWhoseTextIsNotHeldAreLeftOut() {
    ChangeSet.Pass pass = ChangeSet.apply(Map.of("research.yaml", "a"),
        List.of(new TextEdit("registry.jsonl", 0, 1, "x"), new TextEdit("research.yaml", 0, 1, "b")));
    assertThat(pass.changes().texts()).isEqualTo(Map.of("research.yaml", "b"));
    assertThat(pass.deferred()).isEmpty();
  }

  @Test
  void writingKeepsAByteOrderMark() throws IOException, ReadException {
    Path file = dir.resolve("r.yaml");
    Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n'});
    String name = SourceFiles.display(file);
    ChangeSet changes = new ChangeSet();
    changes.put(name, "a\n", "b\n");
    changes.write(AtomicWriter.standard());
    assertThat(Files.readAllBytes(file)).containsExactly(0xEF, 0xBB, 0xBF, 'b', '\n');
  }

  @Test
  void aFileChangedSinceItWasReadIsNotOverwritten() throws IOException {
    Path file = Files.writeString(dir.resolve("r.yaml"), "edited by someone else\n");
    ChangeSet changes = new ChangeSet();
    changes.put(SourceFiles.display(file), "a\n", "b\n");
    assertThatThrownBy(() -> changes.write(AtomicWriter.standard()))
        .isInstanceOf(ReadException.class).hasMessageContaining("changed on disk");
    assertThat(file).hasContent("edited by someone else");
  }

  @Test
  void aLaterPassFoldsIntoTheFirstAgainstTheFirstOriginal() {
    ChangeSet first = new ChangeSet();
    first.put("f", "a", "b");
    ChangeSet second = new ChangeSet();
    second.put("f", "b", "c");
    first.addAll(second);
    assertThat(first.diff()).contains("-a").contains("+c");
    ChangeSet back = new ChangeSet();
    back.put("f", "c", "a");
    first.addAll(back);
    assertThat(first.isEmpty()).isTrue();
  }
}
