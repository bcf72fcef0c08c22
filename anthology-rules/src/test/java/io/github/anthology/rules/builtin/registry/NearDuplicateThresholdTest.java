package io.github.anthology.rules.builtin.registry;

import static io.github.anthology.rules.Fixtures.lint;
import static io.github.anthology.rules.Fixtures.research;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The near-duplicate threshold, chosen on a labelled set: every pair of the reference registry's
 * own recommendations with a content-word similarity of 0.2 or more, labelled paraphrase or
 * different by a reviewer (near-duplicate/labelled-pairs.tsv). The real rule is run on each pair
 * at each threshold; the default is the one with the best recall at full precision.
 */
class NearDuplicateThresholdTest {
  private static final double[] THRESHOLDS = {0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8};

  record Pair(boolean paraphrase, String a, String b) {}

  record Score(double threshold, int truePositives, int falsePositives, int positives) {
    double precision() {
      return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
      return (double) truePositives / positives;
    }
  }

  static List<Pair> pairs() throws IOException {
    try (InputStream in = NearDuplicateThresholdTest.class.getResourceAsStream("/near-duplicate/labelled-pairs.tsv")) {
      List<Pair> pairs = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cells = line.split("\t");
          pairs.add(new Pair(cells[0].equals("paraphrase"), cells[1], cells[2]));
        }
      }
      return pairs;
    }
  }

  static Score score(List<Pair> pairs, double threshold) {
    int tp = 0;
    int fp = 0;
    int positives = 0;
    for (Pair p : pairs) {
      String yaml = "2020:\n  - title: A\n    sota: [" + quote(p.a()) + "]\n  - title: B\n    sota: [" + quote(p.b()) + "]\n";
      boolean fires = !lint(new NearDuplicateRule(), research(yaml), Map.of("threshold", threshold)).isEmpty();
      positives += p.paraphrase() ? 1 : 0;
      tp += fires && p.paraphrase() ? 1 : 0;
      fp += fires && !p.paraphrase() ? 1 : 0;
    }
    return new Score(threshold, tp, fp, positives);
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test
  void theDefaultThresholdHasTheBestRecallAtFullPrecisionOnTheLabelledSet() throws IOException {
    List<Pair> pairs = pairs();
    assertThat(pairs).hasSizeGreaterThan(40).anyMatch(Pair::paraphrase);
    List<Score> scores = new ArrayList<>();
    for (double t : THRESHOLDS) {
      scores.add(score(pairs, t));
    }
    if (Boolean.getBoolean("anthology.printScores")) {
      scores.forEach(System.out::println);
    }
    double best = scores.stream().filter(s -> s.precision() == 1.0).mapToDouble(Score::recall).max().orElseThrow();
    Score chosen = score(pairs, NearDuplicateRule.THRESHOLD.defaultValue());
    assertThat(chosen.precision()).isEqualTo(1.0);
    assertThat(chosen.recall()).isEqualTo(best);
    assertThat(chosen.truePositives()).isEqualTo(1);
    assertThat(chosen.positives()).isEqualTo(4);
    assertThat(score(pairs, 0.5).precision()).isLessThan(1.0);
  }
}
