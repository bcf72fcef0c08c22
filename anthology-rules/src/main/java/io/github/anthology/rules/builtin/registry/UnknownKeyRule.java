package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Extra;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Topic;
import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.api.Suggestions;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Keys that no part of Anthology knows are kept through every rewrite, but nothing reads them: a
 * misspelt key ({@code titel}) silently loses its value. Keys of the formats that
 * Anthology keeps without interpreting, such as {@code sota_maybe}, are known.
 */
@RuleInfo(
    id = "registry/unknown-key",
    summary = "Papers, recommendations and topics use only known keys.",
    severity = Severity.INFO)
public final class UnknownKeyRule implements Rule {
  static final Option<List<String>> ALLOW =
      Option.strings("allow", "further keys a registry uses on purpose", List.of());
  private static final Set<String> PAPER = Set.of("title", "arxiv_id", "first_author", "year",
      "key_takeaways", "topics", "historical_impact", "sota", "sota_maybe", "models",
      "experimental", "attic");
  private static final Set<String> RECOMMENDATION = Set.of("text", "id", "topic", "secondary",
      "status", "superseded_by", "evidence", "implementations", "deprecated_date", "deprecated",
      "reason");
  private static final Set<String> TOPIC = Set.of("name", "kind", "summary", "scope", "parent",
      "related", "key_references", "previously", "status", "deprecated");

  @Override
  public List<Option<?>> options() {
    return List.of(ALLOW);
  }

  @Override
  public void check(RuleContext ctx) {
    List<String> allowed = ctx.option(ALLOW);
    for (Paper p : ctx.anthology().papers()) {
      check(ctx, p.extras(), "paper", PAPER, allowed, () -> Pointers.paper(p));
    }
    for (Recommendation r : ctx.anthology().recommendations()) {
      if (!r.extras().isEmpty()) {
        check(ctx, r.extras(), "recommendation", RECOMMENDATION, allowed, () -> Pointers.recommendation(r));
      }
    }
    ctx.anthology().taxonomy().ifPresent(t -> {
      for (Topic topic : t.topics()) {
        check(ctx, topic.extras(), "topic", TOPIC, allowed, () -> Pointers.topic(topic.nameText()));
      }
    });
  }

  private static void check(RuleContext ctx, List<Extra> extras, String entity, Set<String> known,
      List<String> allowed, Supplier<String> pointer) {
    for (Extra extra : extras) {
      String key = extra.key();
      if (known.contains(key) || allowed.contains(key)) {
        continue;
      }
      String hint = Suggestions.closest(key, known.stream().sorted().toList())
          .map(k -> "; did you mean `" + k + "`?")
          .orElse("; it is kept but nothing reads it (add it to the rule's `allow` option if"
              + " it is meant)");
      ctx.at(extra.span(), "unknown " + entity + " key `" + key + "`" + hint)
          .pointer(pointer.get())
          .report();
    }
  }
}
