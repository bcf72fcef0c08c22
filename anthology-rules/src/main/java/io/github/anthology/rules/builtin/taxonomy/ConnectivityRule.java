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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structure checks of qSKOS that concern the whole graph of parent and related links: orphan
 * topics (linked to nothing) and disconnected clusters (groups of topics with no link to the
 * rest). A taxonomy with no links at all is flat by design and is not reported.
 */
@RuleInfo(
    id = "taxonomy/connectivity",
    summary = "Topics are linked into one structure: no orphans, no disconnected clusters.",
    severity = Severity.INFO)
public final class ConnectivityRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Taxonomy taxonomy = ctx.index().taxonomy();
    if (!taxonomy.declared()) {
      return;
    }
    Map<String, Topic> active = new LinkedHashMap<>();
    SourceOrder.topics(taxonomy).stream().filter(t -> !t.isDeprecated()).forEach(t -> active.putIfAbsent(t.nameText(), t));
    Map<String, String> root = new HashMap<>();
    active.keySet().forEach(n -> root.put(n, n));
    Map<String, Integer> degree = new HashMap<>();
    for (Topic t : active.values()) {
      List<Scalar> links = new ArrayList<>(t.related());
      t.parent().ifPresent(links::add);
      for (Scalar link : links) {
        if (active.containsKey(link.text()) && !link.text().equals(t.nameText())) {
          degree.merge(t.nameText(), 1, Integer::sum);
          degree.merge(link.text(), 1, Integer::sum);
          root.put(find(root, t.nameText()), find(root, link.text()));
        }
      }
    }
    if (degree.isEmpty()) {
      return;
    }
    Map<String, List<Topic>> clusters = new LinkedHashMap<>();
    for (Topic t : active.values()) {
      if (!degree.containsKey(t.nameText())) {
        ctx.at(t.name().span(), "topic `" + t.nameText() + "` has no parent, child or related"
                + " topic; link it into the taxonomy")
            .pointer(Pointers.topic(t.nameText())).report();
      } else {
        clusters.computeIfAbsent(find(root, t.nameText()), k -> new ArrayList<>()).add(t);
      }
    }
    List<Topic> largest = clusters.values().stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
    for (List<Topic> cluster : clusters.values()) {
      if (cluster != largest) {
        List<String> names = cluster.stream().map(Topic::nameText).toList();
        ctx.at(cluster.get(0).name().span(), "topics " + String.join(", ", names) + " are linked"
                + " to each other but not to the rest of the taxonomy (`" + largest.get(0).nameText()
                + "` and " + (largest.size() - 1) + " more); link the two groups")
            .related(largest.get(0).name().span(), "the largest group")
            .pointer(Pointers.topic(cluster.get(0).nameText())).report();
      }
    }
  }

  private static String find(Map<String, String> root, String n) {
    String r = n;
    while (!root.get(r).equals(r)) {
      r = root.get(r);
    }
    root.put(n, r);
    return r;
  }
}
