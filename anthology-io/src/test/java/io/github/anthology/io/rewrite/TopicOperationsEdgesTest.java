package io.github.anthology.io.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Layouts where a topic operation's insertions meet another edit at the same place (they used to crash). */
class TopicOperationsEdgesTest {
  private static final String RESEARCH = """
      2015:
        - title: BN
          first_author: Ioffe
          year: 2015
          topics: [model-stability]
          sota: [Normalise activations]
      """;

  private static LoadedRegistry registry(String taxonomy) throws ReadException {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("taxonomy.yaml", taxonomy);
    texts.put("research.yaml", RESEARCH);
    return RegistryLoader.read(texts);
  }

  private static LoadedRegistry after(LoadedRegistry before, Rewrite rewrite) throws ReadException {
    return RegistryLoader.read(rewrite.changes().applyTo(before.texts()));
  }

  private static Topic topic(LoadedRegistry r, String name) {
    return r.anthology().taxonomy().orElseThrow().find(name).orElseThrow();
  }

  @Test
  void renamingATopicWithoutAPreviouslyKeyAddsOne() throws ReadException {
    LoadedRegistry before = registry("topics:\n  - name: model-stability\n    kind: component\n");
    LoadedRegistry r = after(before, TopicOperations.rename(before, "model-stability", "stability-techniques"));
    assertThat(topic(r, "stability-techniques").previously()).extracting(Scalar::text).containsExactly("model-stability");
    assertThat(r.anthology().papers().get(0).topics()).extracting(Scalar::text).containsExactly("stability-techniques");
  }

  @Test
  void renamingATopicWhoseNameEndsTheFileAddsItsPreviouslyAfterIt() throws ReadException {
    LoadedRegistry before = registry("topics:\n  - kind: component\n    name: model-stability");
    LoadedRegistry r = after(before, TopicOperations.rename(before, "model-stability", "stability-techniques"));
    assertThat(topic(r, "stability-techniques").previously()).extracting(Scalar::text).containsExactly("model-stability");
  }

  @Test
  void splittingATopicReferencedOnTheLastLineOfTheTaxonomy() throws ReadException {
    for (String last : List.of("    related:\n      - model-stability\n", "    parent: model-stability",
        "    related:\n      - model-stability")) {
      LoadedRegistry before = registry("topics:\n  - name: model-stability\n    kind: component\n"
          + "  - name: other-topic\n    kind: component\n" + last);
      LoadedRegistry r = after(before, TopicOperations.split(before, "model-stability", List.of("a-techniques",
          "b-techniques"), "2026-11-22"));
      assertThat(r.anthology().taxonomy().orElseThrow().topics()).extracting(Topic::nameText)
          .containsExactly("model-stability", "other-topic", "a-techniques", "b-techniques");
      Topic other = topic(r, "other-topic");
      assertThat(other.parent().map(Scalar::text).or(() -> other.related().stream().map(Scalar::text).findFirst()))
          .contains("a-techniques");
    }
  }
}
