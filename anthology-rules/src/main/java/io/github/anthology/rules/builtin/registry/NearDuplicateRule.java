package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Recommendation;
import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.text.RecommendationWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two recommendations that say nearly the same thing ("Place BatchNorm after ..." and "Place BN
 * after ...") are probably one practice stated twice. Similarity is the Jaccard index of their
 * content words; pairs are found by prefix filtering, which stays far from quadratic. A text whose
 * content words are exactly those of an earlier one is reported once, against the earliest, and
 * only the earliest of such copies is compared with the rest, so copies never cost a comparison
 * of every pair. The content words come from the registry index, which reads each text once for
 * every rule that compares texts.
 */
@RuleInfo(
    id = "registry/near-duplicate",
    summary = "No two recommendations say nearly the same thing (content-word similarity).",
    severity = Severity.WARNING,
    cost = 10)
public final class NearDuplicateRule implements Rule {
  static final Option<Double> THRESHOLD =
      Option.decimal("threshold", "Jaccard similarity of content words at or above which two"
          + " recommendations are near-duplicates", 0.7, 0.1, 1.0);
  static final Option<Integer> MIN_WORDS =
      Option.integer("min-words", "content words a recommendation needs before it is compared;"
          + " very short texts are similar by accident", 3, 1, 1000);

  @Override
  public List<Option<?>> options() {
    return List.of(THRESHOLD, MIN_WORDS);
  }

  @Override
  public void check(RuleContext ctx) {
    List<Recommendation> recs = new ArrayList<>();
    WordSets sets = contentSets(ctx.index().texts(), ctx.option(MIN_WORDS), recs);
    SimilarSets.Result similar = SimilarSets.find(sets, ctx.option(THRESHOLD));
    for (SimilarSets.Match m : similar.matches()) {
      report(ctx, recs.get(m.first()), recs.get(m.second()), m.similarity());
    }
    for (int x = 0; x < recs.size(); x++) {
      if (similar.firstEqual()[x] != x) {
        report(ctx, recs.get(similar.firstEqual()[x]), recs.get(x), 1.0);
      }
    }
  }

  /**
   * The content word sets of the texts with at least {@code minWords} of them, their
   * recommendations added to {@code recs} in the same order. A method of its own so that the
   * compiler, which compiles this loop while it runs, compiles the loop alone and not the whole
   * join after it.
   */
  private static WordSets contentSets(RecommendationWords texts, int minWords, List<Recommendation> recs) {
    WordSets sets = new WordSets(texts.size(), texts.contentStart(texts.size()));
    int[] ids = new int[64];
    for (int i = 0; i < texts.size(); i++) {
      int count = texts.contentEnd(i) - texts.contentStart(i);
      if (count >= minWords) {
        ids = count > ids.length ? new int[count] : ids;
        for (int w = 0; w < count; w++) {
          ids[w] = texts.contentWord(texts.contentStart(i) + w);
        }
        recs.add(texts.inTextOrder().get(i));
        sets.add(ids, count);
      }
    }
    return sets;
  }

  private static void report(RuleContext ctx, Recommendation first, Recommendation second, double similarity) {
    if (Texts.normalise(first.text()).equals(Texts.normalise(second.text()))) {
      return;
    }
    ctx.at(second.textSpan(), String.format(Locale.ROOT,
            "recommendation \"%s\" nearly repeats \"%s\" (line %d, %.0f%% of content words shared);"
                + " merge them or make the difference explicit",
            Texts.abbreviate(second.text()), Texts.abbreviate(first.text()),
            first.textSpan().line(), similarity * 100))
        .related(first.textSpan(), "the similar recommendation")
        .pointer(Pointers.recommendation(second))
        .report();
  }
}
