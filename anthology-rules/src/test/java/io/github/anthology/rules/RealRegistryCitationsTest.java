package io.github.anthology.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.edit.AtomicWriter;
import io.github.anthology.io.papers.Refresh;
import io.github.anthology.io.papers.snapshot.SnapshotSource;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.engine.ConfiguredRule;
import io.github.anthology.rules.engine.Linter;
import io.github.anthology.rules.engine.RuleRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference registry linted with every default rule after its lock file was filled from the
 * shipped arXiv snapshot slice. Every citation finding was reviewed by hand against the metadata
 * and is recorded, with its verdict, in {@code citations/reference-registry.txt}; the rest of the
 * lint is what it is without a lock file, but for the year warnings the citation checks take over.
 */
class RealRegistryCitationsTest {
  static final Path REGISTRY = Path.of("../testdata/anthology-of-the-sota/research.yaml");
  static final Path SNAPSHOT = Path.of("../testdata/arxiv-snapshot/reference-papers.jsonl");
  static final Path EXPECTED = Path.of("src/test/resources/citations/reference-registry.txt");

  @TempDir static Path dir;
  static List<Finding> withLock;
  static List<Finding> withoutLock;

  @BeforeAll
  static void lintWithAndWithoutTheLockFile() throws Exception {
    Path research = Files.copy(REGISTRY, dir.resolve("research.yaml"));
    withoutLock = lint(RegistryLoader.load(List.of(research)));
    try (SnapshotSource source = SnapshotSource.open(SNAPSHOT, dir.resolve("snapshot.idx"))) {
      Refresh.run(RegistryLoader.load(List.of(research)).anthology(), dir.resolve("anthology.lock.json"), source,
          false, AtomicWriter.standard());
    }
    withLock = lint(RegistryLoader.load(List.of(research)));
  }

  private static List<Finding> lint(LoadedRegistry registry) {
    List<ConfiguredRule> all = RuleRegistry.load().rules().stream().map(ConfiguredRule::withDefaults).toList();
    return new Linter(all).lint(registry.anthology());
  }

  private static String line(Finding f) {
    return f.span().line() + ":" + f.span().column() + " " + f.severity().label() + " " + f.ruleId() + " " + f.message();
  }

  @Test
  void theCitationFindingsAreTheReviewedOnes() throws Exception {
    List<String> expected = Files.readAllLines(EXPECTED, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    assertThat(withLock.stream().filter(f -> f.ruleId().startsWith("citation/")).map(RealRegistryCitationsTest::line))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void theGqaFirstAuthorIsReportedWithTheRightName() {
    assertThat(withLock).filteredOn(f -> f.ruleId().equals("citation/first-author"))
        .anySatisfy(f -> assertThat(f.message()).contains("`Yang`").contains("2305.13245").contains("Joshua Ainslie")
            .endsWith("write `Ainslie`"));
  }

  @Test
  void yearWarningsOfPapersTheLockFileRecordsGiveWayAndNothingElseChanges() {
    List<String> before = withoutLock.stream().filter(f -> !f.ruleId().startsWith("citation/")).map(RealRegistryCitationsTest::line).toList();
    List<String> after = withLock.stream().filter(f -> !f.ruleId().startsWith("citation/")).map(RealRegistryCitationsTest::line).toList();
    assertThat(before).containsAll(after);
    assertThat(before.stream().filter(l -> !after.contains(l))).allSatisfy(l -> assertThat(l).contains("paper/year-matches-arxiv-id"))
        .hasSize(5);
    assertThat(withoutLock).noneMatch(f -> f.ruleId().startsWith("citation/"));
  }
}
