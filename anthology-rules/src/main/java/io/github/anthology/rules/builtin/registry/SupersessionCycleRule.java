package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Supersession leads somewhere: following {@code superseded_by} from a paper or recommendation
 * never comes back to where it started. A cycle leaves no current practice to follow. Only
 * entries that name a successor can stand on a cycle, so only they become nodes of the graph.
 */
@RuleInfo(
    id = "registry/supersession-cycle",
    summary = "Following superseded_by never leads back to where it started.",
    severity = Severity.ERROR)
public final class SupersessionCycleRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Map<String, List<Scalar>> links = new LinkedHashMap<>();
    List<Paper> papers = new ArrayList<>();
    for (Paper p : ctx.anthology().papers()) {
      if (p.arxivId().isPresent() && p.attic().isPresent() && !p.attic().get().supersededBy().isEmpty()) {
        papers.add(p);
      }
    }
    papers.sort(Comparator.comparing(Paper::span));
    for (Paper p : papers) {
      links.computeIfAbsent(p.arxivId().get().text().trim(), k -> new ArrayList<>())
          .addAll(p.attic().get().supersededBy());
    }
    List<Recommendation> recs = new ArrayList<>();
    for (Recommendation r : ctx.anthology().recommendations()) {
      if (r.id().isPresent() && !r.supersededBy().isEmpty()) {
        recs.add(r);
      }
    }
    recs.sort(Comparator.comparing(Recommendation::span));
    for (Recommendation r : recs) {
      links.computeIfAbsent(r.id().get().text().trim(), k -> new ArrayList<>()).addAll(r.supersededBy());
    }
    Map<String, List<String>> edges = new LinkedHashMap<>();
    links.forEach((from, to) -> edges.put(from, to.stream().map(s -> s.text().trim()).toList()));
    for (List<String> cycle : Cycles.of(edges)) {
      report(ctx, cycle, links);
    }
  }

  private static void report(RuleContext ctx, List<String> cycle, Map<String, List<Scalar>> links) {
    List<Scalar> steps = new ArrayList<>();
    for (String node : cycle) {
      for (Scalar s : links.get(node)) {
        if (cycle.contains(s.text().trim())) {
          steps.add(s);
        }
      }
    }
    steps.sort(Comparator.comparing(Scalar::span));
    String path = cycle.size() == 1 ? "`" + cycle.get(0) + "` supersedes itself"
        : "superseded_by forms a cycle through "
            + String.join(", ", cycle.stream().sorted().map(n -> "`" + n + "`").toList());
    RuleContext.Report report = ctx.at(steps.get(0).span(),
        path + "; break the cycle so that one of them is the current practice");
    for (Scalar other : steps.subList(1, steps.size())) {
      report.related(other.span(), "superseded_by `" + other.text().trim() + "` also closes the cycle");
    }
    report.pointer("supersession:" + String.join(",", cycle.stream().sorted().toList())).report();
  }
}
