package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.TopicTags;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The topics a curator governs, which are the only ones the overlap rule compares: the active
 * topics of a declared taxonomy; without one, the tags that are the primary topic of at least one
 * recommendation. A tag that is never anyone's primary topic is a facet ({@code theory},
 * {@code efficiency}) that papers put next to their subject, not a scope of its own.
 */
final class GovernedTopics {
  private GovernedTopics() {}

  /** Each governed topic with the place it is defined or first used. */
  static Map<String, SourceSpan> of(RuleContext ctx) {
    Taxonomy taxonomy = ctx.index().taxonomy();
    Set<String> primaries = null;
    if (!taxonomy.declared()) {
      TopicTags tags = ctx.index().topicTags();
      boolean[] primary = new boolean[tags.names()];
      for (int r = 0; r < tags.size(); r++) {
        for (int at = tags.start(r); at < tags.start(r) + tags.primaryCount(r); at++) {
          primary[tags.tag(at)] = true;
        }
      }
      primaries = new HashSet<>();
      for (int t = 0; t < primary.length; t++) {
        if (primary[t]) {
          primaries.add(tags.name(t));
        }
      }
    }
    Map<String, SourceSpan> governed = new HashMap<>();
    for (Topic t : taxonomy.topics()) {
      if (!t.isDeprecated() && (primaries == null || primaries.contains(t.nameText()))) {
        governed.putIfAbsent(t.nameText(), t.name().span());
      }
    }
    return governed;
  }
}
