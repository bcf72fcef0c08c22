package io.github.anthology.io.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.ids.IdMatcher;
import io.github.anthology.io.ids.Published;
import io.github.anthology.io.ids.PublishedId;
import io.github.anthology.io.ids.PublishedReader;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Invariants of adopting published ids, over registries that published their ids and then changed. */
class AdoptionProperties {
  @Provide
  Arbitrary<AdoptionScenario> scenarios() {
    return AdoptionScenario.scenarios();
  }

  /** The second version of the scenario, adopted from the first's export; the texts before and after. */
  private record Run(Published published, String before, String after, Rewrite rewrite) {}

  private static Optional<Run> run(AdoptionScenario s) throws ReadException {
    Published published = PublishedReader.read("registry.yaml", s.published());
    String before = s.research(published.ids().stream().map(PublishedId::id).toList());
    LoadedRegistry registry = RegistryLoader.read(Map.of("research.yaml", before));
    try {
      Rewrite rewrite = RecommendationIds.assign(registry, s.numbering(),
          IdMatcher.adopt(registry.anthology(), published, IdOptions.DEFAULT_SIMILARITY));
      Statistics.collect(rewrite.notes().stream().anyMatch(n -> n.message().contains(" by similarity 0."))
          ? "adopted, some by a similar text" : "adopted by the same text only");
      return Optional.of(new Run(published, before, rewrite.changes().applyTo(registry.texts()).get("research.yaml"), rewrite));
    } catch (ReadException conflict) {
      // A practice added with the very text of a published one whose id another practice keeps.
      assertThat(conflict.getMessage()).contains("which is already the id of");
      Statistics.collect("conflict, nothing adopted");
      return Optional.empty();
    }
  }

  private static List<Recommendation> recs(String research) throws ReadException {
    return RegistryLoader.read(Map.of("research.yaml", research)).anthology().recommendations();
  }

  @Property(tries = 250)
  void noIdIsEverGivenTwice(@ForAll("scenarios") AdoptionScenario s) throws ReadException {
    for (Run r : run(s).stream().toList()) {
      List<String> ids = recs(r.after()).stream().map(rec -> rec.id().map(Scalar::text).orElseThrow()).toList();
      assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    }
  }

  @Property(tries = 250)
  void anIdAlreadyWrittenIsNeverChangedAndNoRecommendationIsLost(@ForAll("scenarios") AdoptionScenario s)
      throws ReadException {
    for (Run r : run(s).stream().toList()) {
      List<Recommendation> before = recs(r.before());
      List<Recommendation> after = recs(r.after());
      assertThat(after).hasSameSizeAs(before);
      for (int i = 0; i < before.size(); i++) {
        assertThat(after.get(i).text()).isEqualTo(before.get(i).text());
        if (before.get(i).id().isPresent()) {
          assertThat(after.get(i).id().map(Scalar::text)).isEqualTo(before.get(i).id().map(Scalar::text));
        }
      }
    }
  }

  @Property(tries = 250)
  void aPublishedIdOnlyEverStandsOnAPracticeOfThePaperItWasPublishedFor(@ForAll("scenarios") AdoptionScenario s)
      throws ReadException {
    for (Run r : run(s).stream().toList()) {
      Map<String, PublishedId> published = new HashMap<>();
      r.published().ids().forEach(p -> published.put(p.id(), p));
      Set<String> unclaimed = new HashSet<>(published.keySet());
      for (Paper paper : RegistryLoader.read(Map.of("research.yaml", r.after())).anthology().papers()) {
        for (Recommendation rec : paper.recommendations()) {
          PublishedId p = published.get(rec.id().map(Scalar::text).orElseThrow());
          if (p != null) {
            unclaimed.remove(p.id());
            assertThat(p.source().firstAuthor()).hasValue(paper.firstAuthorText());
            assertThat(p.source().year()).hasValue(paper.yearValue());
          }
        }
      }
      assertThat(r.rewrite().problems()).hasSize(unclaimed.size());
    }
  }

  @Property(tries = 250)
  void adoptingAgainChangesNothing(@ForAll("scenarios") AdoptionScenario s) throws ReadException {
    for (Run r : run(s).stream().toList()) {
      LoadedRegistry once = RegistryLoader.read(Map.of("research.yaml", r.after()));
      Rewrite again = RecommendationIds.assign(once, s.numbering(),
          IdMatcher.adopt(once.anthology(), r.published(), IdOptions.DEFAULT_SIMILARITY));
      assertThat(again.changes().isEmpty()).isTrue();
      assertThat(again.problems()).hasSameSizeAs(r.rewrite().problems());
    }
  }
}
