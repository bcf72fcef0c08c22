package io.github.anthology.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.engine.ConfiguredRule;
import io.github.anthology.rules.engine.Linter;
import io.github.anthology.rules.engine.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule with its defaults over the reference system's real research.yaml: the real
 * defects are found where they stand, and nothing that is not a defect is an error.
 */
class RealResearchYamlTest {
  private static final Path FILE = Path.of("../testdata/anthology-of-the-sota/research.yaml");
  private static Anthology anthology;
  private static List<Finding> findings;

  @BeforeAll
  static void lint() throws Exception {
    LoadedRegistry loaded = RegistryLoader.load(List.of(FILE));
    anthology = loaded.anthology();
    findings = lint(anthology);
  }

  private static List<Finding> lint(Anthology a) {
    List<ConfiguredRule> all = RuleRegistry.load().rules().stream().map(ConfiguredRule::withDefaults).toList();
    return new Linter(all).lint(a);
  }

  private static List<String> at(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId))
        .map(f -> f.span().line() + ":" + f.span().column()).toList();
  }

  @Test
  void theOnlyErrorsAreTheRealDefects() {
    assertThat(findings.stream().filter(f -> f.severity() == Severity.ERROR)
        .map(f -> f.ruleId() + "@" + f.span().line()).toList()).containsExactly(
            "registry/unresolved-reference@640",  // 2110.08058 is not in the registry
            "naming/format@833",                  // MoE
            "registry/unresolved-reference@1051", // see_also SimCLR, not in the registry
            "registry/unresolved-reference@1052", // see_also MoCo, not in the registry
            "paper/duplicate@1418",               // PaLM 2204.02311 listed twice
            "naming/format@1589",                 // inference optimization
            "naming/format@1590",                 // memory efficiency
            "naming/format@1591",                 // hardware efficiency
            "naming/format@1592",                 // inference throughput
            "paper/year-key@1874");               // FSDP: year 2022 under 2023
  }

  @Test
  void theFiveYearsThatContradictOnlyTheirArxivIdsAreFound() {
    assertThat(at("paper/year-matches-arxiv-id")).containsExactly(
        "288:11", "416:11", "451:11", "1227:11", "1534:11");
  }

  @Test
  void thePalmDuplicatePointsAtItsFirstListing() {
    Finding f = findings.stream().filter(x -> x.ruleId().equals("paper/duplicate")).findFirst().orElseThrow();
    assertThat(f.message()).contains("2204.02311");
    assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(1270));
    assertThat(f.pointer()).contains("paper:2204.02311");
  }

  @Test
  void theTwoUnquotedIdsAreFoundWithFixes() {
    assertThat(at("paper/unquoted-arxiv-id")).containsExactly("452:15", "824:15");
    assertThat(findings).filteredOn(f -> f.ruleId().equals("paper/unquoted-arxiv-id"))
        .allSatisfy(f -> assertThat(f.fixes()).hasSize(1));
  }

  @Test
  void llama2AsATopicIsFoundButNotUnderModels() {
    assertThat(at("paper/model-name-topic")).containsExactly("141:9");
  }

  @Test
  void theBatchNormNearDuplicateIsFound() {
    assertThat(findings).filteredOn(f -> f.ruleId().equals("registry/near-duplicate")).singleElement()
        .satisfies(f -> {
          assertThat(f.span().line()).isEqualTo(317);
          assertThat(f.message()).contains("Place BN after").contains("Place BatchNorm after");
          assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(41));
        });
  }

  @Test
  void capitalisedTrueIsAWarningWithAFix() {
    assertThat(at("paper/experimental-boolean")).containsExactly("1462:19");
  }

  @Test
  void onlyTrulyUnknownKeysAreReportedAndOnlyAsInformation() {
    assertThat(findings).filteredOn(f -> f.ruleId().equals("registry/unknown-key"))
        .extracting(f -> f.span().line() + " " + f.severity())
        .containsExactly("1464 INFO", "1694 INFO", "1935 INFO");
    assertThat(findings).noneMatch(f -> f.message().contains("sota_maybe") || f.message().contains("historical_impact"));
  }

  @Test
  void supersessionThatResolvesIsNotReportedAsUnresolved() {
    assertThat(findings).filteredOn(f -> f.ruleId().equals("registry/unresolved-reference"))
        .noneMatch(f -> f.message().contains("2103.03386") || f.message().contains("2005.14165"));
  }

  @Test
  void aPaperSupersededByAPaperInTheAtticIsReported() {
    assertThat(at("registry/superseded-by-retired")).containsExactly("639:11");
  }

  /** The findings of the real file do not depend on the order its papers are listed in. */
  @Property(tries = 8)
  void findingsDoNotDependOnTheOrderOfPapers(@ForAll long seed) throws Exception {
    if (anthology == null) {
      lint();
    }
    List<Paper> papers = new ArrayList<>(anthology.papers());
    Collections.shuffle(papers, new Random(seed));
    List<Recommendation> recs = new ArrayList<>();
    papers.forEach(p -> recs.addAll(p.recommendations()));
    Anthology shuffled = Anthology.builder().from(anthology).papers(papers).recommendations(recs).build();
    assertThat(lint(shuffled)).isEqualTo(findings);
  }
}
