package io.github.anthology.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {
  @TempDir Path dir;

  @Test
  void theWorkingDirectoryIsShownAsADotNotAsNothing() {
    assertThat(SourceFiles.display(Path.of("."))).isEqualTo(".");
    assertThat(SourceFiles.display(Path.of("a/../b/./c.yaml"))).isEqualTo("b/c.yaml");
  }

  @Test
  void utf8TextIsReadAsItIsWithoutItsByteOrderMark() throws Exception {
    Path file = Files.write(dir.resolve("research.yaml"), "\uFEFF2020: [Müller → 😀]\n".getBytes(StandardCharsets.UTF_8));

    assertThat(SourceFiles.read(file)).isEqualTo("2020: [Müller → 😀]\n");
  }

  @Test
  void aFileOfManySlicesIsReadWholeWithCharactersAcrossSliceBoundaries() throws Exception {
    String text = "2020: [Müller → 😀]\n".repeat(200_000);
    Path file = Files.writeString(dir.resolve("research.yaml"), text);

    assertThat(Files.size(file)).isGreaterThan(3 * 1024 * 1024);
    assertThat(SourceFiles.read(file)).isEqualTo(text);
    assertThat(SourceFiles.readAllBytes(file)).isEqualTo(Files.readAllBytes(file));
    assertThat(SourceFiles.readAllBytes(Files.write(dir.resolve("empty.yaml"), new byte[0]))).isEmpty();
  }

  @Test
  void aReplacementCharacterWrittenInTheFileIsTextNotAnError() throws Exception {
    Path file = Files.write(dir.resolve("research.yaml"), "title: broken \uFFFD glyph\n".getBytes(StandardCharsets.UTF_8));

    assertThat(SourceFiles.read(file)).isEqualTo("title: broken \uFFFD glyph\n");
  }

  @Test
  void bytesThatAreNotUtf8AreAnErrorNamingTheFile() throws Exception {
    Path file = Files.write(dir.resolve("research.yaml"), new byte[] {'a', ':', ' ', (byte) 0xC3, '(', '\n'});

    assertThatThrownBy(() -> SourceFiles.read(file)).isInstanceOf(ReadException.class)
        .hasMessageContaining("research.yaml:1:4: file is not valid UTF-8");
  }
}
