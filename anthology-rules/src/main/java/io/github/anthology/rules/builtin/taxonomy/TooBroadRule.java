package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A topic that holds too much helps nobody find anything: above a number of primary
 * recommendations or of scope items, the rule suggests splitting it.
 */
@RuleInfo(
    id = "taxonomy/too-broad",
    summary = "Suggests splitting topics with too many recommendations or scope items.",
    severity = Severity.INFO)
public final class TooBroadRule implements Rule {
  static final Option<Integer> MAX_RECOMMENDATIONS = Option.integer("max-recommendations",
      "primary recommendations above which a topic should be split", 50, 1, Integer.MAX_VALUE);
  static final Option<Integer> MAX_SCOPE_ITEMS = Option.integer("max-scope-items",
      "scope items above which a topic should be split", 12, 1, Integer.MAX_VALUE);

  @Override
  public List<Option<?>> options() {
    return List.of(MAX_RECOMMENDATIONS, MAX_SCOPE_ITEMS);
  }

  @Override
  public void check(RuleContext ctx) {
    Map<String, int[]> primary = new HashMap<>();
    for (Recommendation rec : ctx.anthology().recommendations()) {
      for (Scalar t : rec.primaryTopics()) {
        primary.computeIfAbsent(t.text(), k -> new int[1])[0]++;
      }
    }
    int maxRecs = ctx.option(MAX_RECOMMENDATIONS);
    int maxScope = ctx.option(MAX_SCOPE_ITEMS);
    for (Topic topic : ctx.index().taxonomy().topics()) {
      if (topic.isDeprecated()) {
        continue;
      }
      String name = topic.nameText();
      int recs = primary.getOrDefault(name, new int[1])[0];
      if (recs > maxRecs) {
        ctx.at(topic.name().span(), "topic `" + name + "` is the primary topic of " + recs
                + " recommendations (more than " + maxRecs + "); consider splitting it")
            .pointer(Pointers.topic(name)).report();
      }
      if (topic.scope().size() > maxScope) {
        ctx.at(topic.name().span(), "topic `" + name + "` has " + topic.scope().size()
                + " scope items (more than " + maxScope + "); consider splitting it")
            .pointer(Pointers.topic(name)).report();
      }
    }
  }
}
