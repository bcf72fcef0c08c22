package io.github.anthology.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RegistryGeneratorTest {
  private static final SyntheticRegistry TEN_K = RegistryGenerator.generate(GeneratorSettings.of(10_000));

  @Property(tries = 5)
  void theSameSettingsGiveTheSameRegistry(@ForAll @IntRange(min = 1, max = 2_000) int size, @ForAll long seed) {
    GeneratorSettings settings = GeneratorSettings.of(size).withSeed(seed).withTopics(50);
    assertThat(RegistryGenerator.generate(settings)).isEqualTo(RegistryGenerator.generate(settings));
  }

  @Test
  void anotherSeedGivesAnotherRegistry() {
    SyntheticRegistry other = RegistryGenerator.generate(GeneratorSettings.of(10_000).withSeed(7));
    assertThat(other.papers().get(0).title()).isNotEqualTo(TEN_K.papers().get(0).title());
  }

  @Property(tries = 10)
  void exactlyTheRequestedNumberOfRecommendationsIsGenerated(@ForAll @IntRange(min = 1, max = 5_000) int size) {
    assertThat(RegistryGenerator.generate(GeneratorSettings.of(size).withTopics(50)).recommendationCount())
        .isEqualTo(size);
  }

  @Test
  void papersHoldAboutThreeRecommendationsEach() {
    double perPaper = (double) TEN_K.recommendationCount() / TEN_K.papers().size();
    assertThat(perPaper).isBetween(2.7, 3.3);
  }

  @Test
  void papersAreOrderedByYearAndIdsAreUnique() {
    Set<String> ids = new HashSet<>();
    Set<String> arxiv = new HashSet<>();
    int year = 0;
    for (SyntheticPaper p : TEN_K.papers()) {
      assertThat(p.year()).isGreaterThanOrEqualTo(year);
      year = p.year();
      assertThat(p.arxivId()).startsWith(String.format("%02d", p.year() % 100)).matches("\\d{4}\\.\\d{5}");
      assertThat(arxiv.add(p.arxivId())).isTrue();
      p.recommendations().forEach(r -> assertThat(ids.add(r.id())).as(r.id()).isTrue());
      p.recommendations().forEach(r -> assertThat(r.id()).matches("MLR-\\d{4}-[A-Za-z]*\\d{3}-\\d{4}"));
    }
  }

  @Test
  void topicSizesAreSkewedOverTheTaxonomy() {
    Map<String, Integer> sizes = new HashMap<>();
    forEachRecommendation((p, r) -> sizes.merge(p.primaryTopic(r), 1, Integer::sum));
    List<Integer> sorted = new ArrayList<>(sizes.values());
    sorted.sort((a, b) -> b - a);
    assertThat(sizes).hasSizeGreaterThan(1_000);
    assertThat(sorted.get(0)).isGreaterThan(20 * sorted.get(sorted.size() / 2));
  }

  @Test
  void everyRecommendationHasOneToFourTopicTags() {
    forEachRecommendation((p, r) -> assertThat(1 + p.secondaryTopics(r).size()).isBetween(1, 4));
  }

  @Test
  void someTextsAreDuplicatesOnceNormalisedAndOthersDifferByOneWord() {
    Map<String, Integer> normalised = new HashMap<>();
    Set<String> texts = new HashSet<>();
    forEachRecommendation((p, r) -> {
      texts.add(r.text());
      normalised.merge(r.text().toLowerCase(Locale.ROOT).replaceAll("[\\s.]+", " ").trim(), 1, Integer::sum);
    });
    long duplicated = normalised.values().stream().filter(n -> n > 1).count();
    assertThat(duplicated).isBetween(3L, 30L);
    long oneWordApart = TEN_K.papers().stream().flatMap(p -> p.recommendations().stream())
        .filter(r -> sharesAllButOneWordWithAnother(r.text(), texts)).count();
    assertThat(oneWordApart).isGreaterThan(20);
  }

  @Test
  void supersessionChainsPointForwardToExistingRecommendations() {
    Map<String, Integer> paperOf = new HashMap<>();
    for (int i = 0; i < TEN_K.papers().size(); i++) {
      for (SyntheticRecommendation r : TEN_K.papers().get(i).recommendations()) {
        paperOf.put(r.id(), i);
      }
    }
    List<SyntheticRecommendation> superseded = new ArrayList<>();
    forEachRecommendation((p, r) -> {
      if (r.supersededBy() != null) {
        superseded.add(r);
        assertThat(paperOf.get(r.supersededBy())).isGreaterThan(paperOf.get(r.id()));
        assertThat(r.status()).isEqualTo("deprecated");
      }
    });
    assertThat(superseded.size()).isBetween(30, 150);
    assertThat(superseded.stream().filter(r -> superseded.stream().anyMatch(s -> s.id().equals(r.supersededBy()))))
        .as("chains longer than two").isNotEmpty();
  }

  @Test
  void someHundredthsOfPapersAreInTheAtticOrExperimental() {
    long attic = TEN_K.papers().stream().filter(p -> p.attic() != null).count();
    long experimental = TEN_K.papers().stream().filter(SyntheticPaper::experimental).count();
    assertThat(attic).isBetween(30L, 120L);
    assertThat(experimental).isBetween(100L, 250L);
  }

  private static boolean sharesAllButOneWordWithAnother(String text, Set<String> texts) {
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      List<String> without = new ArrayList<>(List.of(words));
      without.remove(i);
      if (texts.contains(String.join(" ", without))) {
        return true;
      }
    }
    return false;
  }

  private interface Visit {
    void visit(SyntheticPaper paper, SyntheticRecommendation rec);
  }

  private static void forEachRecommendation(Visit visit) {
    for (SyntheticPaper p : TEN_K.papers()) {
      for (SyntheticRecommendation r : p.recommendations()) {
        visit.visit(p, r);
      }
    }
  }
}
