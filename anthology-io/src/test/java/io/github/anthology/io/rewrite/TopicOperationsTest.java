package io.github.anthology.io.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopicOperationsTest {
  static final String TAXONOMY = """
      # the governed topics
      topics:
        - name: training-optimization
          kind: process
          scope: [Learning rate schedules]
          related: [model-stability, data-loading]
          previously: [optimization]

        - name: model-stability   # keep this comment
          kind: component
          scope:
            - Initialization techniques
          parent: training-optimization
          previously: []

        - name: data-loading
          kind: component
          status: active
          scope: [Loader throughput]
      """;
  static final String RESEARCH = """
      2015:
        - title: BN
          first_author: Ioffe
          year: 2015
          topics:
            - model-stability   # stability first
            - "training-optimization"
          sota:
            - Normalise activations
            - {text: Tune the loader, topic: data-loading}
      """;

  static Map<String, String> texts() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("taxonomy.yaml", TAXONOMY);
    texts.put("research.yaml", RESEARCH);
    return texts;
  }

  static LoadedRegistry registry() throws ReadException {
    return RegistryLoader.read(texts());
  }

  static LoadedRegistry after(Rewrite rewrite) throws ReadException {
    return RegistryLoader.read(rewrite.changes().applyTo(texts()));
  }

  static String text(Rewrite rewrite, String file) {
    return rewrite.changes().applyTo(texts()).get(file);
  }

  static Topic topic(LoadedRegistry r, String name) {
    return r.anthology().taxonomy().flatMap(t -> t.find(name)).orElseThrow();
  }

  static List<String> primaries(LoadedRegistry r) {
    return r.anthology().recommendations().stream().map(rec -> rec.primaryTopics().get(0).text()).toList();
  }

  @Test
  void renameChangesTheNameEveryReferenceAndEveryTagAndKeepsTheOldNameUnderPreviously() throws ReadException {
    Rewrite rewrite = TopicOperations.rename(registry(), "training-optimization", "training-techniques");
    assertThat(rewrite.problems()).isEmpty();
    LoadedRegistry r = after(rewrite);
    assertThat(topic(r, "training-techniques").previously()).extracting(Scalar::text)
        .containsExactly("optimization", "training-optimization");
    assertThat(topic(r, "model-stability").parent()).map(Scalar::text).contains("training-techniques");
    assertThat(text(rewrite, "research.yaml")).contains("- \"training-techniques\"\n")
        .contains("- model-stability   # stability first\n");
    assertThat(text(rewrite, "taxonomy.yaml")).contains("# the governed topics\n").contains("# keep this comment\n");
  }

  @Test
  void renamingToATakenNameIsRefusedAsBadUsage() throws ReadException {
    LoadedRegistry registry = registry();
    assertThatThrownBy(() -> TopicOperations.rename(registry, "data-loading", "model-stability"))
        .isInstanceOf(ReadException.class).hasMessageContaining("already exists").hasMessageContaining("topic merge");
  }

  @Test
  void deprecateKeepsReasonDateAndSuccessorAndMigratesTags() throws ReadException {
    Rewrite rewrite = TopicOperations.deprecate(registry(), "data-loading", "folded into stability work",
        Optional.of("model-stability"), "2026-11-22");
    assertThat(rewrite.problems()).isEmpty();
    LoadedRegistry r = after(rewrite);
    Topic old = topic(r, "data-loading");
    assertThat(old.isDeprecated()).isTrue();
    assertThat(old.deprecation().orElseThrow().reason()).contains("folded into stability work");
    assertThat(old.deprecation().orElseThrow().date()).contains("2026-11-22");
    assertThat(old.deprecation().orElseThrow().replacedBy()).map(Scalar::text).contains("model-stability");
    assertThat(topic(r, "model-stability").previously()).extracting(Scalar::text).containsExactly("data-loading");
    assertThat(topic(r, "training-optimization").related()).extracting(Scalar::text).containsExactly("model-stability");
    assertThat(primaries(r)).containsExactly("model-stability", "model-stability");
    assertThat(text(rewrite, "taxonomy.yaml")).contains("  - name: data-loading\n"
        + "    deprecated: {reason: folded into stability work, date: 2026-11-22, replaced_by: model-stability}\n"
        + "    kind: component\n    status: deprecated\n    scope: [Loader throughput]\n");
  }

  @Test
  void deprecateWithoutASuccessorListsTheRecommendationsLeftOnIt() throws ReadException {
    Rewrite rewrite = TopicOperations.deprecate(registry(), "data-loading", "unused", Optional.empty(), "2026-11-22");
    assertThat(rewrite.problems()).singleElement().asString().startsWith("research.yaml:10:")
        .contains("still has the deprecated topic `data-loading`");
    assertThat(topic(after(rewrite), "data-loading").isDeprecated()).isTrue();
  }

  @Test
  void mergeDeprecatesEachSourceAndMovesItsRecommendationsScopeAndNames() throws ReadException {
    LoadedRegistry before = registry();
    Rewrite rewrite = TopicOperations.merge(before, List.of("model-stability", "data-loading"),
        "training-optimization", "2026-11-22");
    assertThat(rewrite.problems()).isEmpty();
    LoadedRegistry r = after(rewrite);
    Topic into = topic(r, "training-optimization");
    assertThat(into.previously()).extracting(Scalar::text)
        .containsExactly("optimization", "model-stability", "data-loading");
    assertThat(into.scope()).extracting(Scalar::text)
        .containsExactly("Learning rate schedules", "Initialization techniques", "Loader throughput");
    assertThat(into.related()).isEmpty();
    assertThat(topic(r, "model-stability").deprecation().orElseThrow().reason()).contains("merged into training-optimization");
    assertThat(r.anthology().recommendations()).hasSameSizeAs(before.anthology().recommendations());
    assertThat(primaries(r)).containsOnly("training-optimization");
    assertThat(r.anthology().papers().get(0).topics()).extracting(Scalar::text).containsExactly("training-optimization");
    assertThat(text(rewrite, "research.yaml")).contains("- training-optimization   # stability first\n")
        .doesNotContain("\"training-optimization\"");
  }

  @Test
  void mergeIntoAnUnknownTopicIsRefusedAsBadUsage() throws ReadException {
    LoadedRegistry registry = registry();
    assertThatThrownBy(() -> TopicOperations.merge(registry, List.of("data-loading"), "nowhere", "2026-11-22"))
        .isInstanceOf(ReadException.class).hasMessageContaining("no topic `nowhere`");
  }

  @Test
  void topicOperationsAreRepeatableOnTheirOwnResult() throws ReadException {
    Rewrite first = TopicOperations.merge(registry(), List.of("data-loading"), "model-stability", "2026-11-22");
    Taxonomy taxonomy = after(first).anthology().taxonomy().orElseThrow();
    assertThat(taxonomy.topics()).extracting(Topic::nameText)
        .containsExactly("training-optimization", "model-stability", "data-loading");
    LoadedRegistry merged = after(first);
    assertThatThrownBy(() -> TopicOperations.merge(merged, List.of("data-loading"), "model-stability", "2026-11-22"))
        .isInstanceOf(ReadException.class).hasMessageContaining("already deprecated");
    assertThat(after(first).anthology().recommendations()).extracting(Recommendation::text)
        .containsExactly("Normalise activations", "Tune the loader");
  }

  @Test
  void splitAddsTheNewTopicsDeprecatesTheOldAndMovesItsRecommendationsToTheFirst() throws ReadException {
    Rewrite rewrite = TopicOperations.split(registry(), "model-stability", List.of("initialization-techniques",
        "normalization-techniques"), "2026-11-22");
    assertThat(rewrite.problems()).isEmpty();
    LoadedRegistry r = after(rewrite);
    assertThat(r.anthology().taxonomy().orElseThrow().topics()).extracting(Topic::nameText).containsExactly(
        "training-optimization", "model-stability", "data-loading", "initialization-techniques", "normalization-techniques");
    assertThat(topic(r, "model-stability").deprecation().orElseThrow().replacedBy()).map(Scalar::text)
        .contains("initialization-techniques");
    assertThat(topic(r, "initialization-techniques").previously()).extracting(Scalar::text).containsExactly("model-stability");
    assertThat(topic(r, "normalization-techniques").kindText()).map(Scalar::text).contains("component");
    assertThat(primaries(r)).containsExactly("initialization-techniques", "data-loading");
    assertThat(r.anthology().recommendations()).hasSize(2);
  }

  @Test
  void aSplitIntoOneTopicIsRefused() throws ReadException {
    LoadedRegistry registry = registry();
    assertThatThrownBy(() -> TopicOperations.split(registry, "model-stability", List.of("x-techniques"), "2026-11-22"))
        .isInstanceOf(ReadException.class).hasMessageContaining("two or more");
  }
}
