package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The parent links of a taxonomy form a forest: no topic is its own parent, and following parents
 * never comes back (qSKOS "cyclic hierarchical relations"). Each cycle is reported once, at the
 * topic of the cycle that is defined first, with the other links of the cycle as related places.
 */
@RuleInfo(
    id = "taxonomy/hierarchy",
    summary = "Parent links form a tree: no topic is its own parent or ancestor.",
    severity = Severity.ERROR)
public final class HierarchyRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Taxonomy taxonomy = ctx.index().taxonomy();
    Set<String> reported = new HashSet<>();
    for (Topic topic : SourceOrder.topics(taxonomy)) {
      if (topic.parent().isEmpty() || reported.contains(topic.nameText())) {
        continue;
      }
      Scalar parent = topic.parent().get();
      if (parent.text().equals(topic.nameText())) {
        reported.add(topic.nameText());
        ctx.at(parent.span(), "topic `" + topic.nameText() + "` is its own parent; remove the"
                + " parent or name a broader topic")
            .pointer(Pointers.topic(topic.nameText())).report();
        continue;
      }
      List<Topic> cycle = cycleFrom(taxonomy, topic);
      if (cycle.isEmpty()) {
        continue;
      }
      cycle.forEach(t -> reported.add(t.nameText()));
      List<String> names = cycle.stream().map(Topic::nameText).toList();
      RuleContext.Report report = ctx.at(parent.span(), "parent links form a cycle: "
              + String.join(" -> ", names) + " -> " + names.get(0)
              + "; remove one of the parent links")
          .pointer(Pointers.topic(topic.nameText()));
      for (Topic other : cycle.subList(1, cycle.size())) {
        report.related(other.parent().get().span(), "`" + other.nameText() + "` has parent `"
            + other.parent().get().text() + "`");
      }
      report.report();
    }
  }

  /** The topics of the parent cycle through {@code start}, starting there; empty if none. */
  private static List<Topic> cycleFrom(Taxonomy taxonomy, Topic start) {
    Set<String> seen = new LinkedHashSet<>();
    List<Topic> path = new ArrayList<>();
    Topic current = start;
    while (current != null && seen.add(current.nameText())) {
      path.add(current);
      current = current.parent().flatMap(p -> taxonomy.find(p.text())).orElse(null);
    }
    return current == start ? path : List.of();
  }
}
