package io.github.anthology.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.Recs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The topic uses of a few names are exactly those entries of the uses of every name: the same
 * lists, in the same order, whatever order the papers and recommendations are held in and
 * whether a paper's tags also serve as its recommendations' tags.
 */
class TopicUsesProperties {
  private static final List<String> NAMES = List.of("a", "b", "c", "d", "paper-only", "e");

  @Property(tries = 300)
  void usesOfSomeNamesAreThoseEntriesOfTheUsesOfAll(@ForAll("papers") List<List<String>> papers,
      @ForAll("names") Set<String> wanted, @ForAll long seed) {
    Anthology anthology = anthology(papers, new Random(seed));
    List<Map.Entry<String, List<Scalar>>> expected = new ArrayList<>();
    for (Map.Entry<String, List<Scalar>> e : new RegistryIndex(anthology).topicUses().entrySet()) {
      if (wanted.contains(e.getKey())) {
        expected.add(e);
      }
    }
    Map<String, List<Scalar>> some = new RegistryIndex(anthology).topicUses(wanted::contains);
    assertThat(new ArrayList<>(some.entrySet())).isEqualTo(expected);
  }

  /** Papers with tags, recommendations tagged by their paper's tags (same places) or their own, held shuffled. */
  private static Anthology anthology(List<List<String>> papers, Random random) {
    List<Paper> held = new ArrayList<>();
    List<Recommendation> recs = new ArrayList<>();
    int n = 0;
    for (int p = 0; p < papers.size(); p++) {
      List<Scalar> tags = new ArrayList<>();
      for (int t = 0; t < papers.get(p).size(); t++) {
        int line = 100000 + p * 10;
        tags.add(new Scalar(papers.get(p).get(t),
            new SourceSpan("research.yaml", line, 3 + 10 * t, line, 8 + 10 * t, line * 100 + t * 10, line * 100 + t * 10 + 5), true));
      }
      List<Recommendation> own = new ArrayList<>();
      for (int r = 0; r < 1 + p % 3; r++) {
        Recommendation rec = Recs.rec(n++, "paper " + p, papers.get((p + r) % papers.size()));
        if (r == 0 && !tags.isEmpty()) {
          rec = Recommendation.builder().from(rec).primaryTopics(tags.subList(0, 1))
              .secondaryTopics(tags.subList(1, tags.size())).build();
        }
        own.add(rec);
      }
      SourceSpan at = new SourceSpan("research.yaml", 100000 + p * 10, 1, 100000 + p * 10, 2, 0, 1);
      held.add(Paper.builder().title("paper " + p).span(at).topics(p % 2 == 0 ? tags : List.of())
          .recommendations(own).build());
      recs.addAll(own);
    }
    Collections.shuffle(held, random);
    Collections.shuffle(recs, random);
    return Anthology.builder().papers(held).recommendations(recs).build();
  }

  @Provide
  Arbitrary<List<List<String>>> papers() {
    return Arbitraries.of(NAMES).list().ofMaxSize(4).list().ofMinSize(1).ofMaxSize(20);
  }

  @Provide
  Arbitrary<Set<String>> names() {
    return Arbitraries.of(NAMES).set();
  }
}
