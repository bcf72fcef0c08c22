package io.github.anthology.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritersTest {
  private static final SyntheticRegistry REGISTRY = RegistryGenerator.generate(GeneratorSettings.of(3_000));

  @Test
  void researchYamlReadsBackWithEveryPaperAndRecommendation(@TempDir Path dir) throws Exception {
    WorkloadFiles.writeYaml(REGISTRY, dir);
    LoadedRegistry loaded = RegistryLoader.load(List.of(dir));
    assertThat(loaded.anthology().papers()).hasSize(REGISTRY.papers().size());
    assertThat(loaded.anthology().recommendations()).hasSize(REGISTRY.recommendationCount());
    assertThat(loaded.anthology().taxonomy().orElseThrow().topics()).hasSize(REGISTRY.topics().size());
  }

  @Test
  void researchYamlKeepsTextsTopicsAndStatusesOfTheGenerator(@TempDir Path dir) throws Exception {
    WorkloadFiles.writeYaml(REGISTRY, dir);
    List<Recommendation> read = RegistryLoader.load(List.of(dir.resolve("research.yaml"))).anthology().recommendations();
    int i = 0;
    for (SyntheticPaper p : REGISTRY.papers()) {
      for (SyntheticRecommendation r : p.recommendations()) {
        Recommendation back = read.get(i++);
        assertThat(back.id().orElseThrow().text()).isEqualTo(r.id());
        assertThat(back.text()).isEqualTo(r.text());
        assertThat(back.primaryTopics().get(0).text()).isEqualTo(p.primaryTopic(r));
        assertThat(back.status()).isEqualTo(Status.parse(p.status(r)).orElseThrow());
      }
    }
  }

  @Test
  void theReferenceFormWritesEachRecommendationAsItsTextAlone(@TempDir Path dir) throws Exception {
    WorkloadFiles.writeReference(REGISTRY, dir);
    String text = java.nio.file.Files.readString(dir.resolve("research.yaml"));
    assertThat(text).doesNotContain("id: MLR-").doesNotContain("text: ");
    List<Recommendation> read = RegistryLoader.load(List.of(dir.resolve("research.yaml"))).anthology().recommendations();
    assertThat(read).hasSize(REGISTRY.recommendationCount());
    int i = 0;
    for (SyntheticPaper p : REGISTRY.papers()) {
      for (SyntheticRecommendation r : p.recommendations()) {
        Recommendation back = read.get(i++);
        assertThat(back.text()).isEqualTo(r.text());
        assertThat(back.id()).isEmpty();
        assertThat(back.primaryTopics().get(0).text()).isEqualTo(p.topics().get(0));
      }
    }
  }

  @Test
  void registryJsonlHasOneObjectPerRecommendationWithTheRegistryYamlFields() throws Exception {
    StringWriter out = new StringWriter();
    RegistryJsonlWriter.write(REGISTRY, out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(REGISTRY.recommendationCount());
    ObjectMapper mapper = new ObjectMapper();
    JsonNode first = mapper.readTree(lines.get(0));
    assertThat(first.fieldNames()).toIterable().contains("id", "recommendation", "topic", "topic_id", "source",
        "status", "supporting_evidence", "implementations");
    assertThat(first.get("source").fieldNames()).toIterable()
        .containsExactly("paper", "paper_id", "year", "first_author", "arxiv_id");
    for (String line : lines) {
      assertThat(mapper.readTree(line).get("id").asText()).startsWith("MLR-");
    }
  }

  @Test
  void topicIdTailIsTheFirstFiveWordsSluggedAsTheReferenceSystemDoes() {
    assertThat(RegistryJsonlWriter.slug("Use ZeRO-3 only when other strategies insufficient"))
        .isEqualTo("use-zero-3-only-when-other");
    assertThat(RegistryJsonlWriter.slug("Common hyperparameters: \u03b2\u2081=0.9, \u03b2\u2082=0.999, \u03b5=1e-8"))
        .isEqualTo("common-hyperparameters-09-0999-1e-8");
  }

  @Test
  void sizesReadAsThousandsAndMillions() {
    assertThat(GenerateWorkloads.parseSize("10k")).isEqualTo(10_000);
    assertThat(GenerateWorkloads.parseSize("1M")).isEqualTo(1_000_000);
    assertThat(GenerateWorkloads.parseSize("1234")).isEqualTo(1_234);
  }
}
