package io.github.anthology.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One behaviour for a registry file with nothing in it, in every format (docs/reliability.md). */
class EmptyFileTest {
  private static final List<String> NOTHING = List.of("", " ", "\n\n", "\r\n \t\r\n", "\uFEFF", "\uFEFF\n  \n");
  private static final List<String> SINGLE_DOCUMENT =
      List.of("research.yaml", "taxonomy.yaml", "registry.yaml", "registry.yml", "registry.json", "list.yaml");

  @TempDir Path dir;

  @Test
  void aSingleDocumentFileWithNothingInItIsOneErrorAtItsStart() throws Exception {
    for (String name : SINGLE_DOCUMENT) {
      for (String text : NOTHING) {
        Path file = write(name, text);
        Throwable t = catchThrowable(() -> RegistryLoader.load(List.of(file)));
        assertThat(t).as("%s holding %s", name, List.of(text)).isInstanceOf(ReadException.class);
        assertThat(t.getMessage()).as(name).isEqualTo(SourceFiles.display(file) + ":1:1: the file is empty ("
            + (name.endsWith(".json") ? "no JSON value, only whitespace" : "no YAML document, only whitespace or comments")
            + "); an empty registry file is refused, since it is usually one cut short");
        Files.delete(file);
      }
    }
  }

  @Test
  void aYamlFileOfOnlyCommentsIsEmptyToo() throws Exception {
    for (String name : List.of("research.yaml", "taxonomy.yaml", "registry.yaml")) {
      Path file = write(name, "# papers go here\n\n# and here\n");
      assertThat(catchThrowable(() -> RegistryLoader.load(List.of(file)))).as(name)
          .hasMessageStartingWith(SourceFiles.display(file) + ":1:1: the file is empty");
      Files.delete(file);
    }
  }

  @Test
  void aDirectoryWithAnEmptyResearchYamlIsRefusedNotReadAsNoPapers() throws Exception {
    write("taxonomy.yaml", "topics:\n  - name: training-optimization\n");
    Path research = write("research.yaml", "");
    assertThat(catchThrowable(() -> RegistryLoader.load(List.of(dir))))
        .hasMessageStartingWith(SourceFiles.display(research) + ":1:1: the file is empty");
  }

  @Test
  void aJsonlStreamWithNoLinesIsARegistryWithNoRecommendations() throws Exception {
    for (String text : NOTHING) {
      Path file = write("registry.jsonl", text);
      assertThat(RegistryLoader.load(List.of(file)).anthology().recommendations()).as(List.of(text).toString()).isEmpty();
    }
  }

  private Path write(String name, String text) throws Exception {
    return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
  }
}
