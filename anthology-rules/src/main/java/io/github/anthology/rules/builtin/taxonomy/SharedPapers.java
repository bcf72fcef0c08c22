package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Recommendation;
import io.github.anthology.rules.api.TopicTags;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many distinct papers two topics share: papers (by their reference) with a recommendation
 * tagged with each, not necessarily the same one. Worked out only for the topics asked about, so a
 * million recommendations do not hash a million paper references when a few dozen topic pairs
 * are in question.
 */
final class SharedPapers {
  private final int[][] papers;

  private SharedPapers(int[][] papers) {
    this.papers = papers;
  }

  /**
   * The papers of the active topics marked in {@code wanted} ({@code activeIds} maps a tag's id to
   * its active topic's id, or -1).
   */
  static SharedPapers of(List<Recommendation> recs, TopicTags tags, int[] activeIds, boolean[] wanted) {
    Map<PaperRef, Integer> paperIds = new HashMap<>();
    int[][] lists = new int[wanted.length][];
    int[] sizes = new int[wanted.length];
    for (int r = 0; r < tags.size(); r++) {
      int paper = -1;
      for (int at = tags.start(r); at < tags.end(r); at++) {
        int topic = activeIds[tags.tag(at)];
        if (topic < 0 || !wanted[topic]) {
          continue;
        }
        if (paper < 0) {
          paper = paperIds.computeIfAbsent(recs.get(r).source(), k -> paperIds.size());
        }
        if (lists[topic] == null) {
          lists[topic] = new int[8];
        } else if (sizes[topic] == lists[topic].length) {
          lists[topic] = Arrays.copyOf(lists[topic], sizes[topic] * 2);
        }
        lists[topic][sizes[topic]++] = paper;
      }
    }
    for (int t = 0; t < lists.length; t++) {
      lists[t] = lists[t] == null ? new int[0] : distinct(lists[t], sizes[t]);
    }
    return new SharedPapers(lists);
  }

  private static int[] distinct(int[] values, int count) {
    Arrays.sort(values, 0, count);
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (kept == 0 || values[kept - 1] != values[i]) {
        values[kept++] = values[i];
      }
    }
    return Arrays.copyOf(values, kept);
  }

  /** The papers active topics {@code a} and {@code b} share (0 for a topic not asked about). */
  int shared(int a, int b) {
    int[] x = papers[a];
    int[] y = papers[b];
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < x.length && j < y.length) {
      shared += x[i] == y[j] ? 1 : 0;
      int xi = x[i];
      i += xi <= y[j] ? 1 : 0;
      j += y[j] <= xi ? 1 : 0;
    }
    return shared;
  }
}
