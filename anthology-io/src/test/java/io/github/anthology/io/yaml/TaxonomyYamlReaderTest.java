package io.github.anthology.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.TopicKind;
import io.github.anthology.model.source.Scalar;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TaxonomyYamlReaderTest {

  private static Taxonomy read(String yaml) throws ReadException {
    return TaxonomyYamlReader.read(YamlDocument.parse("taxonomy.yaml", yaml));
  }

  @Test
  void theBundledExampleHoldsTheSevenConsolidatedTopics() throws Exception {
    Path example = Path.of("../examples/sota/taxonomy.yaml");
    Taxonomy t = TaxonomyYamlReader.read(YamlDocument.parse("taxonomy.yaml", SourceFiles.read(example)));
    assertThat(t.topics()).extracting(Topic::nameText).containsExactly(
        "training-optimization", "systems-optimization", "model-stability", "distributed-optimization",
        "data-pipeline", "attention-techniques", "model-architecture");
    Topic training = t.find("training-optimization").orElseThrow();
    assertThat(training.kind()).contains(TopicKind.PROCESS);
    assertThat(training.previously()).extracting(Scalar::text).contains("scaling-laws");
    assertThat(training.parent()).isEmpty();
  }

  @Test
  void aDeprecatedTopicKeepsReasonDateAndSuccessor() throws Exception {
    Taxonomy t = read("""
        topics:
          - name: attention
            status: deprecated
            deprecated: {reason: merged, date: 2025-06-08, replaced_by: attention-techniques}
        """);
    Topic attention = t.topics().get(0);
    assertThat(attention.isDeprecated()).isTrue();
    var d = attention.deprecation().orElseThrow();
    assertThat(d.reason()).contains("merged");
    assertThat(d.date()).contains("2025-06-08");
    assertThat(d.replacedBy().orElseThrow().text()).isEqualTo("attention-techniques");
    assertThat(d.replacedBy().orElseThrow().span().line()).isEqualTo(4);
  }

  @Test
  void unknownKeysAreKept() throws Exception {
    assertThat(read("topics:\n  - name: a\n    owner: ml-team\n").topics().get(0).extras())
        .singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("ml-team"));
  }

  @Test
  void aTopicWithoutANameIsAReadErrorAtTheTopic() {
    assertThatThrownBy(() -> read("topics:\n  - kind: process\n"))
        .isInstanceOf(ReadException.class)
        .hasMessageStartingWith("taxonomy.yaml:2:5: a topic needs a `name`");
  }
}
