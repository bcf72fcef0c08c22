package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Recommendation;
import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two recommendations that say nearly the same thing ("Place BatchNorm after ..." and "Place BN
 * after ...") are probably one practice stated twice. Similarity is the Jaccard index of their
 * content words; pairs are found by prefix filtering, which stays far from quadratic.
 */
@RuleInfo(
    id = "registry/near-duplicate",
    summary = "No two recommendations say nearly the same thing (content-word similarity).",
    severity = Severity.WARNING)
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
    List<Set<String>> words = new ArrayList<>();
    ctx.anthology().recommendations().stream()
        .sorted(Comparator.comparing(Recommendation::textSpan))
        .forEach(rec -> {
          Set<String> w = Texts.words(rec.text());
          if (w.size() >= ctx.option(MIN_WORDS)) {
            recs.add(rec);
            words.add(w);
          }
        });
    for (SimilarSets.Match m : SimilarSets.find(words, ctx.option(THRESHOLD))) {
      Recommendation first = recs.get(m.first());
      Recommendation second = recs.get(m.second());
      if (Texts.normalise(first.text()).equals(Texts.normalise(second.text()))) {
        continue;
      }
      ctx.at(second.textSpan(), String.format(Locale.ROOT,
              "recommendation \"%s\" nearly repeats \"%s\" (line %d, %.0f%% of content words shared);"
                  + " merge them or make the difference explicit",
              Texts.abbreviate(second.text()), Texts.abbreviate(first.text()),
              first.textSpan().line(), m.similarity() * 100))
          .related(first.textSpan(), "the similar recommendation")
          .pointer(Pointers.recommendation(second))
          .report();
    }
  }
}
