package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Recommendation;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same recommendation is stated once. Texts are compared after normalisation (case,
 * punctuation and spacing ignored); the later occurrence is reported, pointing at the first.
 * Texts are grouped by a hash of their normalised words (sorted keys, no string per text), and
 * only texts whose hash repeats are compared as strings.
 */
@RuleInfo(
    id = "registry/duplicate-recommendation",
    summary = "No two recommendations have the same text (ignoring case, punctuation and spacing).",
    severity = Severity.ERROR)
public final class DuplicateRecommendationRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    List<Recommendation> recs = ctx.anthology().recommendations().stream()
        .sorted(Comparator.comparing(Recommendation::textSpan)).toList();
    int idBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, recs.size() - 1)));
    long[] keys = new long[recs.size()];
    int count = 0;
    Tokens tokens = new Tokens();
    for (int i = 0; i < recs.size(); i++) {
      if (tokens.read(recs.get(i).text()).count() > 0) {
        keys[count++] = tokens.hash() << idBits | i;
      }
    }
    keys = KeySort.sort(keys, count);
    for (int start = 0; start < count; ) {
      int end = start + 1;
      while (end < count && keys[end] >>> idBits == keys[start] >>> idBits) {
        end++;
      }
      Map<String, Recommendation> first = new HashMap<>();
      for (int k = start; k < end && end - start > 1; k++) {
        Recommendation rec = recs.get((int) (keys[k] & ((1L << idBits) - 1)));
        Recommendation earlier = first.putIfAbsent(tokens.read(rec.text()).joined(), rec);
        if (earlier != null) {
          report(ctx, rec, earlier);
        }
      }
      start = end;
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
