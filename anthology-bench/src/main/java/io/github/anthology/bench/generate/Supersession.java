package io.github.anthology.bench.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Links recommendations into supersession chains of two to four, each superseded by a
 * recommendation of a later paper, and marks the superseded ones deprecated with a reason.
 */
final class Supersession {
  private Supersession() {}

  static void chain(List<SyntheticPaper> papers, double rate, SplittableRandom random) {
    int total = papers.stream().mapToInt(p -> p.recommendations().size()).sum();
    int chains = (int) Math.round(total * rate / 3);
    List<List<SyntheticRecommendation>> recs = new ArrayList<>();
    for (SyntheticPaper p : papers) {
      recs.add(new ArrayList<>(p.recommendations()));
    }
    for (int c = 0; c < chains && papers.size() > 4; c++) {
      int length = 2 + random.nextInt(3);
      int p = random.nextInt(papers.size() - length);
      int[] at = new int[length];
      int[] item = new int[length];
      for (int k = 0; k < length; k++) {
        at[k] = k == 0 ? p : at[k - 1] + 1 + random.nextInt(Math.max(1, (papers.size() - at[k - 1] - 1) / 4));
        if (at[k] >= papers.size()) {
          length = k;
          break;
        }
        item[k] = random.nextInt(recs.get(at[k]).size());
      }
      for (int k = 0; k + 1 < length; k++) {
        SyntheticRecommendation old = recs.get(at[k]).get(item[k]);
        SyntheticRecommendation next = recs.get(at[k + 1]).get(item[k + 1]);
        if (old.supersededBy() == null) {
          recs.get(at[k]).set(item[k], old.supersede(next.id(), "Replaced by " + next.id()));
        }
      }
    }
    for (int i = 0; i < papers.size(); i++) {
      papers.set(i, papers.get(i).withRecommendations(recs.get(i)));
    }
  }
}
