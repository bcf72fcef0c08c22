package io.github.anthology.io.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.source.Scalar;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReferenceExportTest {
  private static final Path REFERENCE = Path.of("../testdata/anthology-of-the-sota/registry.yaml");

  private static String text() throws Exception {
    return Files.readString(REFERENCE);
  }

  private static RegistryContents read() throws Exception {
    return RegistryReader.read("registry.yaml", text(), RegistryFormat.YAML);
  }

  @Test
  void everyRecommendationOfTheReferenceExportIsRead() throws Exception {
    RegistryContents contents = read();
    assertThat(contents.schemaVersion()).isEqualTo("1.0");
    assertThat(contents.recommendations()).hasSize(119);
    Recommendation first = contents.recommendations().get(0);
    assertThat(first.idText()).contains("MLR-2014-Kingma001-0001");
    assertThat(first.text()).isEqualTo("Default choice for neural network training");
    assertThat(first.primaryTopics()).extracting(Scalar::text).containsExactly("optimization");
    assertThat(first.status()).isEqualTo(Status.STANDARD);
    assertThat(first.source().arxivId()).contains("1412.6980");
    assertThat(first.source().firstAuthor()).contains("Kingma");
    assertThat(first.source().year()).hasValue(2014);
    assertThat(first.pointer()).isEqualTo("/recommendations/0");
  }

  @Test
  void recommendationsAndTheirFieldsPointAtWhereTheyAreWritten() throws Exception {
    Recommendation first = read().recommendations().get(0);
    assertThat(first.span().line()).isEqualTo(9);
    assertThat(first.span().column()).isEqualTo(3);
    assertThat(first.id().orElseThrow().span().location()).isEqualTo("registry.yaml:9:7");
    assertThat(first.textSpan().location()).isEqualTo("registry.yaml:10:19");
    String text = text();
    Scalar arxivStatus = first.declaredStatus().orElseThrow();
    assertThat(text.substring(arxivStatus.span().startOffset(), arxivStatus.span().endOffset())).isEqualTo("standard");
    assertThat(first.span().endLine()).isEqualTo(21);
  }

  @Test
  void computedFieldsThatMatchTheirComputationAreNotKeptTwice() throws Exception {
    assertThat(read().recommendations()).allSatisfy(r -> assertThat(r.extras()).isEmpty());
  }

  @Test
  void implementationsAreRead() throws Exception {
    Recommendation withModels = read().recommendations().stream()
        .filter(r -> !r.implementations().isEmpty()).findFirst().orElseThrow();
    assertThat(withModels.implementations()).containsExactly("llama2");
  }

  @Test
  void writingTheReferenceExportBackGivesTheSameDocumentLineForLine() throws Exception {
    Anthology anthology = Anthology.builder().addAllRecommendations(read().recommendations()).build();
    String written = RegistryWriter.write(anthology, RegistryFormat.YAML, ExportOptions.lastUpdated("2026-08-02"));
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    assertThat(yaml.readTree(written)).isEqualTo(yaml.readTree(text()));
    // The layout is the reference's too; only quoting and the folding of long lines differ.
    assertThat(written.lines().filter(l -> l.startsWith("- id: "))).hasSize(119);
    assertThat(written).startsWith("metadata:\n  last_updated: \"2026-08-02\"\n  schema_version: \"1.0\"\n");
  }

  @Test
  void anUnknownKeyIsKeptWithTheSpanOfItsWholeValue() throws Exception {
    String yaml = "recommendations:\n- recommendation: x\n  review:\n    by: ana\n    ok: true\n  status: standard\n";
    Recommendation rec = RegistryReader.read("r.yaml", yaml, RegistryFormat.YAML).recommendations().get(0);
    assertThat(rec.extras()).singleElement().satisfies(e -> {
      assertThat(e.key()).isEqualTo("review");
      assertThat(e.value()).isEqualTo(java.util.Map.of("by", "ana", "ok", true));
      assertThat(yaml.substring(e.span().startOffset(), e.span().endOffset())).isEqualTo("by: ana\n    ok: true");
    });
    String written = RegistryWriter.write(Anthology.builder().addRecommendations(rec).build(), RegistryFormat.YAML,
        ExportOptions.DEFAULT);
    assertThat(written).contains("  review:\n    by: ana\n    ok: true\n");
  }
}
