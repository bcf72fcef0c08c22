package io.github.anthology.rules.builtin.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.papers.snapshot.SnapshotSource;
import io.github.anthology.model.Paper;
import io.github.anthology.model.PaperMetadata;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The title threshold, checked on the data it was chosen on: the reference registry and its arXiv metadata. */
class TitleSimilarityTest {
  static final Path REGISTRY = Path.of("../testdata/anthology-of-the-sota/research.yaml");
  static final Path SNAPSHOT = Path.of("../testdata/arxiv-snapshot/reference-papers.jsonl");
  /** The three entries whose id names another paper (reviewed by hand against arXiv's titles). */
  static final Set<String> WRONG = Set.of("2305.18079", "2308.04126", "2203.00555");

  @TempDir Path dir;

  @Test
  void theThresholdSitsInTheGapBetweenSamePaperAndDifferentPapersOnTheReferenceData() throws Exception {
    List<Paper> papers = RegistryLoader.load(List.of(REGISTRY)).anthology().papers();
    Map<String, PaperMetadata> meta;
    try (SnapshotSource source = SnapshotSource.open(SNAPSHOT, dir.resolve("idx"))) {
      meta = source.lookup(papers.stream().flatMap(p -> p.arxivIdText().stream()).toList());
    }
    List<Double> same = new ArrayList<>();
    List<Double> different = new ArrayList<>();
    List<Double> wrong = new ArrayList<>();
    for (Paper p : papers) {
      PaperMetadata own = p.arxivIdText().map(meta::get).orElse(null);
      if (own == null) {
        continue;
      }
      (WRONG.contains(own.id()) ? wrong : same).add(TitleSimilarity.of(p.title(), own.title().get()));
      meta.values().stream().filter(m -> !m.id().equals(own.id()))
          .forEach(m -> different.add(TitleSimilarity.of(p.title(), m.title().get())));
    }
    assertThat(same).as("38 papers, PaLM listed twice").hasSize(39).allSatisfy(s -> assertThat(s).isEqualTo(1.0));
    assertThat(different).hasSize(42 * 40);
    double highestDifferent = different.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    assertThat(highestDifferent).isLessThan(0.7);
    assertThat(wrong).hasSize(3).allSatisfy(s -> assertThat(s).isLessThan(0.35));
    assertThat(TitleSimilarity.DEFAULT_THRESHOLD).isGreaterThan(highestDifferent + 0.1).isLessThan(0.9);
  }

  @Test
  void foldingUndoesLatexUnicodeCaseAndPunctuation() {
    assertThat(Folding.words("Na\\\"ive {\\em Bayes}: $\\alpha$-Stable \\L{}ód\\'z  Models!"))
        .isEqualTo("naive bayes alpha stable lodz models");
    assertThat(Folding.words("Straße, Ærø & Ðorđević")).isEqualTo("strasse aero dordevic");
  }

  @Test
  void aVeryShortTitleMustMatchWhole() {
    assertThat(TitleSimilarity.of("T5", "T5")).isEqualTo(1.0);
    assertThat(TitleSimilarity.of("T5", "T6")).isZero();
  }
}
