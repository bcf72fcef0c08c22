package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code related} links between topics are associative, in the sense of SKOS: symmetric (qSKOS
 * "unidirectionally related concepts"), never to the topic itself ("reflexively related"), never
 * listed twice, and never between a topic and its ancestor or descendant ("relation clashes": the
 * hierarchy already relates them).
 */
@RuleInfo(
    id = "taxonomy/related-links",
    summary = "Related links are symmetric, not reflexive, not repeated, and not parent-child.",
    severity = Severity.WARNING)
public final class RelatedLinksRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Taxonomy taxonomy = ctx.index().taxonomy();
    if (!taxonomy.declared()) {
      return;
    }
    for (Topic topic : taxonomy.topics()) {
      String name = topic.nameText();
      Set<String> listed = new HashSet<>();
      for (Scalar link : topic.related()) {
        String other = link.text();
        Optional<Topic> target = taxonomy.find(other);
        String message = null;
        if (other.equals(name)) {
          message = "topic `" + name + "` is related to itself; remove the link";
        } else if (!listed.add(other)) {
          message = "topic `" + name + "` lists `" + other + "` as related twice; remove one";
        } else if (target.isEmpty()) {
          continue;
        } else if (isAncestor(taxonomy, target.get(), topic) || isAncestor(taxonomy, topic, target.get())) {
          message = "topics `" + name + "` and `" + other + "` are related and also parent and"
              + " descendant; the hierarchy already relates them, so remove the related link";
        } else if (target.get().related().stream().noneMatch(r -> r.text().equals(name))) {
          message = "topic `" + name + "` is related to `" + other + "`, but `" + other
              + "` does not list `" + name + "`; add it there, since related links go both ways";
        }
        if (message != null) {
          RuleContext.Report report = ctx.at(link.span(), message).pointer(Pointers.topic(name));
          target.filter(t -> t != topic).ifPresent(t -> report.related(t.name().span(), "`" + other + "`"));
          report.report();
        }
      }
    }
  }

  /** Whether {@code ancestor} is reached by following {@code topic}'s parents (cycle-safe). */
  private static boolean isAncestor(Taxonomy taxonomy, Topic ancestor, Topic topic) {
    Set<String> seen = new HashSet<>();
    Optional<Topic> current = topic.parent().flatMap(p -> taxonomy.find(p.text()));
    while (current.isPresent() && seen.add(current.get().nameText())) {
      if (current.get().nameText().equals(ancestor.nameText())) {
        return true;
      }
      current = current.get().parent().flatMap(p -> taxonomy.find(p.text()));
    }
    return false;
  }
}
