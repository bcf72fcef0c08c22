package io.github.anthology.io.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.RegistryLoader;
import io.github.anthology.model.Anthology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streamed registry.yaml is SnakeYAML's emission byte for byte, on the real registry and on awkward values. */
class StreamedYamlTest {
  private static final Path REAL = Path.of("../testdata/anthology-of-the-sota");

  @Test
  void theRealRegistryIsWrittenAsTheEmitterWroteIt() throws Exception {
    Anthology anthology = RegistryLoader.load(List.of(REAL.resolve("research.yaml"))).anthology();
    assertThat(anthology.recommendations()).hasSize(119);
    for (ExportOptions options : List.of(ExportOptions.DEFAULT, ExportOptions.lastUpdated("2026-01-01"))) {
      String streamed = RegistryWriter.write(anthology, RegistryFormat.YAML, options);
      assertThat(streamed).isEqualTo(SnakeYamlOracle.export(anthology, options));
    }
  }

  @Test
  void theReferenceExportReadBackIsWrittenAsTheEmitterWroteIt() throws Exception {
    RegistryContents read = RegistryReader.read("registry.yaml", Files.readString(REAL.resolve("registry.yaml")),
        RegistryFormat.YAML);
    Anthology anthology = Anthology.builder().addAllRecommendations(read.recommendations()).build();
    assertThat(RegistryWriter.write(anthology, RegistryFormat.YAML, ExportOptions.DEFAULT))
        .isEqualTo(SnakeYamlOracle.export(anthology, ExportOptions.DEFAULT));
  }

  @Test
  void anEmptyRegistryHasEmptyFlowCollections() {
    Anthology empty = Anthology.builder().build();
    String streamed = RegistryWriter.write(empty, RegistryFormat.YAML, ExportOptions.DEFAULT);
    assertThat(streamed).contains("recommendations: []\ntopics: {}\n").isEqualTo(SnakeYamlOracle.export(empty,
        ExportOptions.DEFAULT));
  }

  @Test
  void eachStyleIsChosenAsTheEmitterChoosesIt() {
    Map<String, Object> tree = new LinkedHashMap<>();
    List<String> texts = List.of("plain text", "", "yes", "No", "null", "~", "1.0", "2026-01-01", "0x1F", "007",
        "- dash", "-dash", "a: b", "a:b", "x #y", "x#y", "#x", "'quoted'", "it's", "\"dq\"", "line\nbreak",
        "trailing\n", "two\n\n", " lead", "trail ", "tab\tin", "cr\rin", "β₁=0.9", "emoji \uD83D\uDE00", "\u2028sep",
        "next\u0085line", "nbsp\u00A0", "bom\uFEFF", "---", "...x", "&anchor", "*alias", "!tag", "%pct", "@at",
        "`tick", "[x]", "{y}", "a,b", "? q", "?q", ": c", "\u0007bell", "lone \uD800 high", "\uDC00 low",
        "key with spaces and a: colon", " \n lead", "a \nb", "a\n b", "\u00e9t\u00e9");
    for (int i = 0; i < texts.size(); i++) {
      tree.put("k" + i, texts.get(i));
      tree.put(texts.get(i) + "#" + i, List.of(texts.get(i), Map.of(), List.of(), Map.of("n", texts.get(i))));
    }
    tree.put("x".repeat(128), "long key");
    tree.put("y".repeat(127), "key just short enough");
    tree.put("", "empty key");
    tree.put("multi\u2028line key", List.of(1, 2));
    tree.put("multi\nline key", Map.of("a", "b"));
    assertThat(SnakeYamlOracle.streamedValue(tree)).isEqualTo(SnakeYamlOracle.value(tree));
  }
}
