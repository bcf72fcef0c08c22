package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * A scope item belongs to one active topic: listing it under two makes the boundary between them
 * ambiguous, and curators tag inconsistently. Items are compared normalised (case, spaces,
 * hyphens and underscores ignored).
 */
@RuleInfo(
    id = "taxonomy/scope-disjoint",
    summary = "A scope item belongs to one active topic only.",
    severity = Severity.WARNING)
public final class ScopeDisjointRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Map<String, Map.Entry<Topic, Scalar>> owner = new HashMap<>();
    for (Topic topic : SourceOrder.topics(ctx.index().taxonomy())) {
      if (topic.isDeprecated()) {
        continue;
      }
      for (Scalar item : topic.scope()) {
        String key = OverlapMergeRule.normalise(item);
        Map.Entry<Topic, Scalar> first = owner.putIfAbsent(key, Map.entry(topic, item));
        if (first == null || first.getKey() == topic) {
          continue;
        }
        String other = first.getKey().nameText();
        ctx.at(item.span(), "scope item \"" + item.text() + "\" of `" + topic.nameText()
                + "` is also in the scope of `" + other + "`; keep it under one topic")
            .related(first.getValue().span(), "in the scope of `" + other + "` here")
            .pointer(Pointers.topic(topic.nameText()))
            .report();
      }
    }
  }
}
