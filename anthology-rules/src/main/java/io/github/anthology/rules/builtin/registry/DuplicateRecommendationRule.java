package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Recommendation;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.text.RecommendationWords;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same recommendation is stated once. Texts are compared after normalisation (case,
 * punctuation and spacing ignored); the later occurrence is reported, pointing at the first.
 * Texts are grouped by the hash of their normalised words that the registry index keeps (sorted
 * keys, no string per text), and only texts whose hash repeats are compared as strings.
 */
@RuleInfo(
    id = "registry/duplicate-recommendation",
    summary = "No two recommendations have the same text (ignoring case, punctuation and spacing).",
    severity = Severity.ERROR,
    cost = 5)
public final class DuplicateRecommendationRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    RecommendationWords texts = ctx.index().texts();
    List<Recommendation> recs = texts.inTextOrder();
    int idBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, recs.size() - 1)));
    long[] keys = new long[recs.size()];
    int count = hashKeys(texts, idBits, keys);
    keys = KeySort.sort(keys, count);
    for (int start = 0; start < count; ) {
      int end = start + 1;
      while (end < count && keys[end] >>> idBits == keys[start] >>> idBits) {
        end++;
      }
      if (end - start > 1) {
        reportRepeats(ctx, texts, keys, start, end, idBits);
      }
      start = end;
    }
  }

  /**
   * Fills {@code keys} with the hash of each text that has words, above its index; returns how
   * many. A method of its own so that the compiler, which compiles this loop while it runs,
   * compiles the loop alone and not the sort and grouping after it.
   */
  private static int hashKeys(RecommendationWords texts, int idBits, long[] keys) {
    int count = 0;
    for (int i = 0; i < texts.size(); i++) {
      if (texts.wordCount(i) > 0) {
        keys[count++] = texts.hash(i) << idBits | i;
      }
    }
    return count;
  }

  /** Reports each text of the keys {@code [start, end)} (one hash) that repeats an earlier one. */
  private static void reportRepeats(RuleContext ctx, RecommendationWords texts, long[] keys, int start, int end,
      int idBits) {
    Map<String, Recommendation> first = new HashMap<>();
    for (int k = start; k < end; k++) {
      int i = (int) (keys[k] & ((1L << idBits) - 1));
      Recommendation rec = texts.inTextOrder().get(i);
      Recommendation earlier = first.putIfAbsent(texts.normalised(i), rec);
      if (earlier != null) {
        report(ctx, rec, earlier);
      }
    }
  }

  private static void report(RuleContext ctx, Recommendation rec, Recommendation earlier) {
    ctx.at(rec.textSpan(), "recommendation \"" + Texts.abbreviate(rec.text())
            + "\" repeats the one at line " + earlier.textSpan().line()
            + "; keep one and list the other paper under its `evidence`")
        .related(earlier.textSpan(), "first stated here")
        .pointer(Pointers.recommendation(rec))
        .report();
  }
}
