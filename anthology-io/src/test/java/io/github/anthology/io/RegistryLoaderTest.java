package io.github.anthology.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.io.registry.ExportOptions;
import io.github.anthology.io.registry.RegistryFormat;
import io.github.anthology.io.registry.RegistryWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryLoaderTest {
  private static final Path REFERENCE = Path.of("../testdata/anthology-of-the-sota/registry.yaml");

  @TempDir Path dir;

  @Test
  void aLargeRegistryReadsItsTaxonomyAndResearchTogetherAndReportsErrorsInReadingOrder() throws Exception {
    Files.writeString(dir.resolve("research.yaml"), "2020:\n  - title: A\n    topics: [training-optimization]\n"
        + "    sota: [Clip gradients]\n" + "# padding\n".repeat(30_000));
    Files.writeString(dir.resolve("taxonomy.yaml"), "topics:\n  - name: training-optimization\n");
    LoadedRegistry loaded = RegistryLoader.load(List.of(dir));
    assertThat(loaded.anthology().recommendations()).extracting(r -> r.text()).containsExactly("Clip gradients");
    assertThat(loaded.anthology().taxonomy()).isPresent();

    Files.writeString(dir.resolve("research.yaml"), "2020: [\n" + "# padding\n".repeat(30_000));
    Files.writeString(dir.resolve("taxonomy.yaml"), "topics:\n  - name: a\n   kind: x\n");
    assertThatThrownBy(() -> RegistryLoader.load(List.of(dir))).isInstanceOf(ReadException.class)
        .hasMessageStartingWith(display(dir.resolve("taxonomy.yaml")) + ":3:");
    Files.writeString(dir.resolve("taxonomy.yaml"), "topics:\n  - name: training-optimization\n");
    assertThatThrownBy(() -> RegistryLoader.load(List.of(dir))).isInstanceOf(ReadException.class)
        .hasMessageStartingWith(display(dir.resolve("research.yaml")) + ":");
  }

  @Test
  void aYamlFileThatStartsWithMetadataIsReadAsAnExport() throws Exception {
    Path file = Files.copy(REFERENCE, dir.resolve("export.yaml"));
    LoadedRegistry loaded = RegistryLoader.load(List.of(file));
    assertThat(loaded.anthology().recommendations()).hasSize(119);
    assertThat(loaded.anthology().papers()).isEmpty();
  }

  @Test
  void jsonAndJsonlFilesAreReadByTheirExtension() throws Exception {
    var anthology = RegistryLoader.load(List.of(REFERENCE)).anthology();
    for (RegistryFormat format : List.of(RegistryFormat.JSON, RegistryFormat.JSONL)) {
      Path file = dir.resolve(format.fileName());
      Files.writeString(file, RegistryWriter.write(anthology, format, ExportOptions.DEFAULT));
      assertThat(RegistryLoader.load(List.of(file)).anthology().recommendations()).hasSize(119);
    }
  }

  @Test
  void aDirectoryWithOnlyAnExportIsReadFromIt() throws Exception {
    Files.copy(REFERENCE, dir.resolve("registry.yaml"));
    assertThat(RegistryLoader.load(List.of(dir)).anthology().recommendations()).hasSize(119);
  }

  @Test
  void anExportBesideResearchYamlIsNotReadTwice() throws Exception {
    Files.copy(REFERENCE, dir.resolve("registry.yaml"));
    Files.copy(Path.of("../testdata/anthology-of-the-sota/research.yaml"), dir.resolve("research.yaml"));
    LoadedRegistry loaded = RegistryLoader.load(List.of(dir));
    assertThat(loaded.anthology().sources()).containsExactly(RegistryLoaderTest.display(dir.resolve("research.yaml")));
  }

  @Test
  void aMarkdownFileIsReadAsAReadingList() throws Exception {
    Path file = dir.resolve("list.md");
    Files.writeString(file, "# Reading\n\n- [Adam](https://arxiv.org/abs/1412.6980): the optimizer\n");
    var anthology = RegistryLoader.load(List.of(file)).anthology();
    assertThat(anthology.readingLists()).hasSize(1);
    assertThat(anthology.resources()).singleElement()
        .satisfies(r -> assertThat(r.url().text()).isEqualTo("https://arxiv.org/abs/1412.6980"));
  }

  @Test
  void malformedJsonlStopsTheLoadWithOneLocatedError() throws Exception {
    Path file = dir.resolve("registry.jsonl");
    Files.writeString(file, "{\"recommendation\": \"ok\"}\n{\"recommendation\": \n");
    assertThatThrownBy(() -> RegistryLoader.load(List.of(file)))
        .isInstanceOf(ReadException.class)
        .hasMessageStartingWith(display(file) + ":2:");
  }

  @Test
  void jsonlThatIsNotUtf8IsAnError() throws Exception {
    Path file = dir.resolve("registry.jsonl");
    Files.write(file, new byte[] {'{', '"', (byte) 0xff, '"', '}', '\n'});
    assertThatThrownBy(() -> RegistryLoader.load(List.of(file)))
        .isInstanceOf(ReadException.class)
        .hasMessageStartingWith(display(file) + ":1:3: file is not valid UTF-8");
  }

  private static String display(Path p) {
    return SourceFiles.display(p);
  }

  @Test
  void anExportIsToldByItsFirstKeyWithoutComposingIt() {
    assertThat(InputKind.startsLikeAnExport("# export\n---\nmetadata:\n  schema_version: '1.0'\n")).isTrue();
    assertThat(InputKind.startsLikeAnExport("recommendations: []\n")).isTrue();
    assertThat(InputKind.startsLikeAnExport("topics:\n- name: a\n")).isFalse();
    assertThat(InputKind.startsLikeAnExport("2014:\n- title: x\nmetadata: {}\n")).isFalse();
    assertThat(InputKind.startsLikeAnExport("")).isFalse();
  }

  @Test
  void aMalformedExportIsOneLocatedError() throws Exception {
    Path file = dir.resolve("registry.yaml");
    Files.writeString(file, "metadata:\n  schema_version: [1.0\nrecommendations: []\n");
    assertThatThrownBy(() -> RegistryLoader.load(List.of(file)))
        .isInstanceOf(ReadException.class)
        .hasMessageStartingWith(display(file) + ":3:")
        .hasMessageContaining("malformed YAML");
  }
}
