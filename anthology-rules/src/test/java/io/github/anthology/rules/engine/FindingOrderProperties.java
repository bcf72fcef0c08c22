package io.github.anthology.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.TopicKind;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.Recs;
import io.github.anthology.rules.api.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Findings depend on what a registry says, never on the order it says it in. */
class FindingOrderProperties {
  private static final List<String> NAMES = List.of("training-optimization", "data-pipeline",
      "MoE", "memory efficiency", "scale-models", "modeling-architecture", "model-stability", "Bad_Name");

  @Property(tries = 150)
  void findingsDoNotDependOnTheOrderOfPapersRecommendationsOrTopics(
      @ForAll("papers") List<List<String>> papers, @ForAll boolean declared, @ForAll long seed) {
    Anthology original = anthology(papers, declared);
    Random random = new Random(seed);
    List<Paper> shuffledPapers = new ArrayList<>(original.papers());
    Collections.shuffle(shuffledPapers, random);
    List<Recommendation> shuffledRecs = new ArrayList<>(original.recommendations());
    Collections.shuffle(shuffledRecs, random);
    var shuffled = Anthology.builder().papers(shuffledPapers).recommendations(shuffledRecs);
    original.taxonomy().ifPresent(t -> {
      List<Topic> topics = new ArrayList<>(t.topics());
      Collections.shuffle(topics, random);
      shuffled.taxonomy(Taxonomy.builder().from(t).topics(topics).build());
    });
    assertThat(lint(shuffled.build())).isEqualTo(lint(original));
  }

  private static List<Finding> lint(Anthology anthology) {
    List<ConfiguredRule> all = RuleRegistry.load().rules().stream().map(ConfiguredRule::withDefaults).toList();
    return new Linter(all).lint(anthology);
  }

  private static Anthology anthology(List<List<String>> papers, boolean declared) {
    var b = Anthology.builder();
    int n = 0;
    for (int p = 0; p < papers.size(); p++) {
      List<Recommendation> recs = new ArrayList<>();
      for (int r = 0; r < 1 + p % 3; r++) {
        recs.add(Recs.rec(n++, "paper " + p, papers.get(p)));
      }
      SourceSpan at = new SourceSpan("research.yaml", 1000 + p, 3, 1000 + p, 9, 100000 + p, 100006 + p);
      b.addPapers(Paper.builder().title("paper " + p).span(at).recommendations(recs).build());
      b.addAllRecommendations(recs);
    }
    if (declared) {
      List<Topic> topics = new ArrayList<>();
      for (int i = 0; i < NAMES.size(); i++) {
        SourceSpan at = new SourceSpan("taxonomy.yaml", i + 2, 11, i + 2, 20, i * 50, i * 50 + 9);
        topics.add(Topic.builder().name(new Scalar(NAMES.get(i), at, true)).span(at)
            .kind(i % 2 == 0 ? TopicKind.PROCESS : TopicKind.COMPONENT)
            .addScope(Scalar.of("scope " + (i % 3)), Scalar.of("shared item")).build());
      }
      b.taxonomy(Taxonomy.builder().topics(topics).file("taxonomy.yaml").build());
    }
    return b.build();
  }

  @Provide
  Arbitrary<List<List<String>>> papers() {
    Arbitrary<List<String>> tags = Arbitraries.of(NAMES).set().ofMinSize(0).ofMaxSize(4).map(List::copyOf);
    return tags.list().ofMinSize(1).ofMaxSize(25);
  }
}
