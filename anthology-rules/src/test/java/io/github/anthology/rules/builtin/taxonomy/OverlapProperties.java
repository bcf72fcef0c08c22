package io.github.anthology.rules.builtin.taxonomy;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Recs.rec;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Recommendation;
import io.github.anthology.rules.api.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class OverlapProperties {
  private final OverlapMergeRule rule = new OverlapMergeRule();

  @Property
  void firesExactlyWhenSharedOverSmallerIsAboveOneHalf(
      @ForAll @IntRange(min = 3, max = 40) int smaller, @ForAll @IntRange(min = 0, max = 40) int extra,
      @ForAll @IntRange(min = 0, max = 40) int shared) {
    int s = Math.min(shared, smaller);
    boolean fires = !lint(rule, OverlapMergeRuleTest.declared(OverlapMergeRuleTest.overlap(smaller, smaller + extra, s)),
        OverlapMergeRuleTest.SEED).isEmpty();
    assertThat(fires).isEqualTo(2 * s > smaller);
  }

  @Property(tries = 200)
  void agreesWithABruteForceOverlapOfEveryPairOfTopics(@ForAll("registries") List<List<String>> tags) {
    List<Recommendation> recs = new ArrayList<>();
    for (int i = 0; i < tags.size(); i++) {
      recs.add(rec(i, "p" + i, tags.get(i)));
    }
    Set<String> expected = new TreeSet<>();
    Set<String> governed = new TreeSet<>();
    tags.forEach(t -> governed.add(t.get(0)));
    int population = tags.size();
    for (String a : governed) {
      for (String b : governed) {
        if (a.compareTo(b) < 0) {
          int sa = (int) tags.stream().filter(t -> t.contains(a)).count();
          int sb = (int) tags.stream().filter(t -> t.contains(b)).count();
          int both = (int) tags.stream().filter(t -> t.contains(a) && t.contains(b)).count();
          if (Math.min(sa, sb) >= 3 && both >= 2 && (double) both / Math.min(sa, sb) > 0.5
              && atLeastByChance(both, sa, sb, population) <= 0.01) {
            expected.add(a + "+" + b);
          }
        }
      }
    }
    List<Finding> findings = lint(rule, Anthology.builder().recommendations(recs).build(), Map.of());
    Set<String> actual = new TreeSet<>();
    findings.forEach(f -> actual.add(f.pointer().orElseThrow().substring("topic:".length())));
    assertThat(actual).isEqualTo(expected);
  }

  /**
   * With the coefficient alone, a pair fires exactly when the distinct papers that have a
   * recommendation tagged with each topic (not necessarily the same one) number at least
   * {@code min-shared-papers}: recommendations here share papers, p0..p3.
   */
  @Property(tries = 200)
  void sharedPapersAreCountedOverEachTopicsPapers(@ForAll("registries") List<List<String>> tags,
      @ForAll @IntRange(min = 1, max = 4) int minPapers) {
    List<Recommendation> recs = new ArrayList<>();
    for (int i = 0; i < tags.size(); i++) {
      recs.add(rec(i, "p" + (i * 7 % 4), tags.get(i)));
    }
    Set<String> governed = new TreeSet<>();
    tags.forEach(t -> governed.add(t.get(0)));
    Set<String> expected = new TreeSet<>();
    for (String a : governed) {
      for (String b : governed) {
        int sa = (int) tags.stream().filter(t -> t.contains(a)).count();
        int sb = (int) tags.stream().filter(t -> t.contains(b)).count();
        int both = (int) tags.stream().filter(t -> t.contains(a) && t.contains(b)).count();
        Set<String> papersA = new TreeSet<>();
        Set<String> papersB = new TreeSet<>();
        for (Recommendation r : recs) {
          List<String> names = r.allTopics().stream().map(s -> s.text()).toList();
          (names.contains(a) ? papersA : new TreeSet<String>()).add(r.source().title().orElseThrow());
          (names.contains(b) ? papersB : new TreeSet<String>()).add(r.source().title().orElseThrow());
        }
        papersA.retainAll(papersB);
        if (a.compareTo(b) < 0 && Math.min(sa, sb) >= 3 && (double) both / Math.min(sa, sb) > 0.5
            && papersA.size() >= minPapers) {
          expected.add(a + "+" + b);
        }
      }
    }
    Set<String> actual = new TreeSet<>();
    lint(rule, Anthology.builder().recommendations(recs).build(),
        Map.of("measure", "overlap", "min-shared-papers", minPapers))
        .forEach(f -> actual.add(f.pointer().orElseThrow().substring("topic:".length())));
    assertThat(actual).isEqualTo(expected);
  }

  /** P(X >= k) for X hypergeometric (population n, k1 marked, k2 drawn), from exact binomials. */
  private static double atLeastByChance(int k, int k1, int k2, int n) {
    java.math.BigInteger total = binomial(n, k2);
    java.math.BigInteger favourable = java.math.BigInteger.ZERO;
    for (int i = k; i <= Math.min(k1, k2); i++) {
      favourable = favourable.add(binomial(k1, i).multiply(binomial(n - k1, k2 - i)));
    }
    return new java.math.BigDecimal(favourable).divide(new java.math.BigDecimal(total), java.math.MathContext.DECIMAL64)
        .doubleValue();
  }

  private static java.math.BigInteger binomial(int n, int k) {
    if (k < 0 || k > n) {
      return java.math.BigInteger.ZERO;
    }
    java.math.BigInteger r = java.math.BigInteger.ONE;
    for (int i = 0; i < k; i++) {
      r = r.multiply(java.math.BigInteger.valueOf(n - i)).divide(java.math.BigInteger.valueOf(i + 1));
    }
    return r;
  }

  @Property(tries = 100)
  void overlapIsSymmetricInTheNamesOfTheTopics(@ForAll("registries") List<List<String>> tags) {
    List<List<String>> swapped = tags.stream().map(t -> t.stream().map(OverlapProperties::mirror).toList()).toList();
    assertThat(pairs(swapped)).isEqualTo(pairs(tags).stream().map(p -> {
      String[] ab = p.split("\\+");
      String x = mirror(ab[0]);
      String y = mirror(ab[1]);
      return x.compareTo(y) < 0 ? x + "+" + y : y + "+" + x;
    }).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
  }

  private Set<String> pairs(List<List<String>> tags) {
    List<Recommendation> recs = new ArrayList<>();
    for (int i = 0; i < tags.size(); i++) {
      recs.add(rec(i, "p" + i, tags.get(i)));
    }
    Set<String> out = new TreeSet<>();
    lint(rule, Anthology.builder().recommendations(recs).build())
        .forEach(f -> out.add(f.pointer().orElseThrow().substring("topic:".length())));
    return out;
  }

  /** Reverses the alphabetical order of topic names t0..t5, so every pair flips its order. */
  private static String mirror(String topic) {
    return "t" + (5 - Integer.parseInt(topic.substring(1)));
  }

  @Provide
  Arbitrary<List<List<String>>> registries() {
    Arbitrary<List<String>> tagSet = Arbitraries.of("t0", "t1", "t2", "t3", "t4", "t5")
        .set().ofMinSize(1).ofMaxSize(4).map(s -> List.copyOf(new TreeSet<>(s)));
    return tagSet.list().ofMinSize(3).ofMaxSize(30);
  }

}
