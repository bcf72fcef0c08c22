package io.github.anthology.rules.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The real research.yaml and six real reading lists, each against its reviewed expected-findings
 * file: a finding that appears or disappears fails the test, so every change of precision or
 * recall is a reviewed change of an expected file.
 */
class RealDataCorpusTest {
  private static final Map<CorpusInput, List<Finding>> FINDINGS = new EnumMap<>(CorpusInput.class);

  @BeforeAll
  static void lintAll() throws Exception {
    for (CorpusInput input : CorpusInput.values()) {
      FINDINGS.put(input, input.lint());
    }
  }

  @ParameterizedTest
  @EnumSource(CorpusInput.class)
  void theFindingsAreExactlyTheReviewedOnes(CorpusInput input) {
    Set<String> actual = new TreeSet<>(FINDINGS.get(input).stream().map(CorpusInput::key).toList());
    Set<String> expected = new TreeSet<>(input.reviewed().reportedKeys());
    Set<String> appeared = new TreeSet<>(actual);
    appeared.removeAll(expected);
    Set<String> disappeared = new TreeSet<>(expected);
    disappeared.removeAll(actual);
    assertThat(appeared).as("findings not yet reviewed in " + input.expectedFile()).isEmpty();
    assertThat(disappeared).as("reviewed findings no longer reported, " + input.expectedFile()).isEmpty();
    assertThat(FINDINGS.get(input)).as("one finding a key").hasSize(actual.size());
  }

  @Test
  void theRealRegistryHasNoFalseErrorAndAtMostThreeFalseWarnings() {
    List<Reviewed.Entry> falseOnes = falseFindings(CorpusInput.RESEARCH_YAML);
    Map<String, Severity> severities = new java.util.HashMap<>();
    FINDINGS.get(CorpusInput.RESEARCH_YAML).forEach(f -> severities.put(CorpusInput.key(f), f.severity()));
    assertThat(falseOnes).filteredOn(e -> severities.get(e.key()) == Severity.ERROR).isEmpty();
    assertThat(falseOnes).filteredOn(e -> severities.get(e.key()) == Severity.WARNING).hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void theSixListsHaveAtMostFiveFalseAnchorOrDuplicateFindings() {
    List<Reviewed.Entry> falseOnes = new ArrayList<>();
    for (CorpusInput input : CorpusInput.values()) {
      if (input.isReadingList()) {
        falseOnes.addAll(falseFindings(input).stream()
            .filter(e -> e.rule().equals("list/missing-anchor") || e.rule().equals("list/duplicate-link")).toList());
      }
    }
    assertThat(falseOnes).hasSizeLessThanOrEqualTo(5);
  }

  @Test
  void everyReviewedLineSaysWhy() {
    for (CorpusInput input : CorpusInput.values()) {
      assertThat(input.reviewed().entries()).as(input.expectedFile()).allSatisfy(e -> assertThat(e.note()).isNotBlank());
    }
  }

  static Map<CorpusInput, List<Finding>> findings() throws Exception {
    if (FINDINGS.isEmpty()) {
      lintAll();
    }
    return FINDINGS;
  }

  private static List<Reviewed.Entry> falseFindings(CorpusInput input) {
    return input.reviewed().entries().stream().filter(e -> e.verdict().equals("false")).toList();
  }
}
