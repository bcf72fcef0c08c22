package io.github.anthology.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.SourceFiles;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.source.Scalar;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference system's real research.yaml, every shape it holds. */
class ResearchYamlReaderRealDataTest {
  static final Path REAL = Path.of("../testdata/anthology-of-the-sota/research.yaml");
  static List<Paper> papers;

  @BeforeAll
  static void read() throws Exception {
    papers = ResearchYamlReader.read(YamlDocument.parse("research.yaml", SourceFiles.read(REAL)));
  }

  static Paper titled(String prefix) {
    return papers.stream().filter(p -> p.title().startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void readsAll119PapersAnd119Recommendations() {
    assertThat(papers).hasSize(119);
    assertThat(papers.stream().mapToInt(p -> p.recommendations().size()).sum()).isEqualTo(119);
  }

  @Test
  void anUnquotedArxivIdKeepsItsSourceTextAndIsMarkedPlain() {
    Scalar id = titled("ZeRO").arxivId().orElseThrow();
    assertThat(id.text()).isEqualTo("1910.02054");
    assertThat(id.plain()).isTrue();
    assertThat(id.span().line()).isEqualTo(452);
    assertThat(id.span().column()).isEqualTo(15);
    assertThat(titled("Adam").arxivId().orElseThrow().plain()).isFalse();
  }

  @Test
  void topicTagsCarryTheirExactPositions() {
    Scalar moe = titled("Efficient Large Scale Language Modeling with Mixtures").topics().get(0);
    assertThat(moe.text()).isEqualTo("MoE");
    assertThat(moe.span().line()).isEqualTo(833);
    assertThat(moe.span().column()).isEqualTo(9);
  }

  @Test
  void recommendationsTakeThePaperFirstTopicAsPrimaryEvenWhenTopicsComeAfterSota() {
    Paper moePaper = titled("Efficient Large Scale Language Modeling with Mixtures");
    Recommendation first = moePaper.recommendations().get(0);
    assertThat(first.text()).isEqualTo("Use largest batch that maintains >80% sample efficiency");
    assertThat(first.primaryTopics()).extracting(Scalar::text).containsExactly("MoE");
    assertThat(first.secondaryTopics()).extracting(Scalar::text)
        .containsExactly("distributed-training", "language-models", "training-strategies", "efficiency");
    assertThat(first.textSpan().line()).isEqualTo(830);
  }

  @Test
  void aTakeawayThatYamlReadsAsAMappingIsKeptAsText() {
    assertThat(titled("Efficient Large Scale Language Modeling with Mixtures").keyTakeaways())
        .startsWith("Analysis of compute/memory trade-offs");
  }

  @Test
  void supersededByIsReadAsAStringOrAList() {
    Paper listed = papers.stream().filter(p -> p.attic().map(a -> a.supersededBy().size() == 2).orElse(false))
        .findFirst().orElseThrow();
    assertThat(listed.attic().orElseThrow().supersededBy()).extracting(Scalar::text)
        .containsExactly("2103.03386", "2110.08058");
    assertThat(papers.stream().flatMap(p -> p.attic().stream())
        .filter(a -> a.supersededBy().size() == 1)
        .map(a -> a.supersededBy().get(0).text())).contains("2005.14165");
  }

  @Test
  void atticPapersMakeDeprecatedRecommendationsAndExperimentalOnesExperimental() {
    assertThat(papers.stream().filter(p -> p.attic().isPresent())
        .flatMap(p -> p.recommendations().stream()).map(Recommendation::status))
        .allMatch(s -> s == Status.DEPRECATED);
    Paper adaNorm = titled("AdaNorm");
    assertThat(adaNorm.experimental().orElseThrow().text()).isEqualTo("True");
    assertThat(adaNorm.isExperimental()).isTrue();
  }

  @Test
  void keysNothingInterpretsAreKept() {
    assertThat(titled("AdaNorm").extras()).extracting(e -> e.key()).containsExactly("notes");
    assertThat(titled("AdamW").extras()).extracting(e -> e.key()).containsExactly("sota_maybe");
    assertThat(titled("Adam").historicalImpact()).containsExactly("Foundational optimizer still widely used");
  }

  @Test
  void everyPaperKnowsItsYearKeyAndPointer() {
    Paper adam = papers.get(0);
    assertThat(adam.yearKey().orElseThrow().text()).isEqualTo("2014");
    assertThat(adam.pointer()).isEqualTo("/2014/0");
    assertThat(adam.recommendations().get(1).pointer()).isEqualTo("/2014/0/sota/1");
  }
}
