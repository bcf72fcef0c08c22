package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.Topic;
import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.api.TopicTags;
import java.util.List;

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
    TopicTags tags = ctx.index().topicTags();
    int[] primary = new int[tags.names()];
    for (int r = 0; r < tags.size(); r++) {
      for (int at = tags.start(r); at < tags.start(r) + tags.primaryCount(r); at++) {
        primary[tags.tag(at)]++;
      }
    }
    int maxRecs = ctx.option(MAX_RECOMMENDATIONS);
    int maxScope = ctx.option(MAX_SCOPE_ITEMS);
    for (Topic topic : ctx.index().taxonomy().topics()) {
      if (topic.isDeprecated()) {
        continue;
      }
      String name = topic.nameText();
      int id = tags.id(name);
      int recs = id < 0 ? 0 : primary[id];
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
