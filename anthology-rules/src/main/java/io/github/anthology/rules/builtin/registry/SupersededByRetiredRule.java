package io.github.anthology.rules.builtin.registry;

import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.RegistryIndex;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Supersession ends in current practice: {@code superseded_by} names a paper that is not itself in
 * the attic, or a recommendation that is not itself deprecated. A reader who follows the link
 * otherwise lands on something retired too. When the retired successor names a successor of its
 * own, the finding says where the chain ends. References that do not resolve, and chains that
 * come back on themselves, are other rules' findings ({@code registry/unresolved-reference},
 * {@code registry/supersession-cycle}).
 */
@RuleInfo(
    id = "registry/superseded-by-retired",
    summary = "superseded_by names a current paper or recommendation, not a retired one.",
    severity = Severity.WARNING)
public final class SupersededByRetiredRule implements Rule {

  /** Where a chain of first successors ends: at a current entry, at nothing, or on a cycle. */
  private record End(Optional<String> current, boolean cycle) {}

  @Override
  public void check(RuleContext ctx) {
    Map<String, End> ends = new HashMap<>();
    for (Paper paper : ctx.anthology().papers()) {
      if (paper.attic().isPresent()) {
        for (Scalar ref : paper.attic().get().supersededBy()) {
          check(ctx, ref, Pointers.paper(paper), ends);
        }
      }
    }
    for (Recommendation rec : ctx.anthology().recommendations()) {
      for (Scalar ref : rec.supersededBy()) {
        check(ctx, ref, Pointers.recommendation(rec), ends);
      }
    }
  }

  private static void check(RuleContext ctx, Scalar ref, String pointer, Map<String, End> ends) {
    String id = ref.text().trim();
    Optional<Retired> retired = retired(ctx.index(), id);
    if (retired.isEmpty()) {
      return;
    }
    End end = end(ctx.index(), id, ends);
    if (end.cycle()) {
      return;
    }
    String advice = end.current().map(e -> "; its chain ends at `" + e + "`: point there instead")
        .orElse("; name what replaced it, or remove the reference");
    ctx.at(ref.span(), "superseded_by `" + id + "` names " + retired.get().what() + advice)
        .related(retired.get().where(), "retired here")
        .pointer(pointer)
        .report();
  }

  /** What a retired paper or recommendation is, and where it says it is retired. */
  private record Retired(String what, SourceSpan where, List<Scalar> successors) {}

  private static Optional<Retired> retired(RegistryIndex index, String id) {
    List<Paper> papers = index.papersByArxivId().getOrDefault(id, List.of());
    if (!papers.isEmpty()) {
      Paper p = papers.get(0);
      return p.attic().map(a -> new Retired("a paper that is itself in the attic", a.span(), a.supersededBy()));
    }
    List<Recommendation> recs = index.recommendationsById().getOrDefault(id, List.of());
    if (!recs.isEmpty() && recs.get(0).status() == Status.DEPRECATED) {
      Recommendation r = recs.get(0);
      SourceSpan where = r.declaredStatus().map(Scalar::span).orElse(r.span());
      return Optional.of(new Retired("a recommendation that is itself deprecated", where, r.supersededBy()));
    }
    return Optional.empty();
  }

  /**
   * Where following first successors from an entry ends; every entry walked shares the answer,
   * which is kept, so a long chain is walked once rather than once from each of its links.
   */
  private static End end(RegistryIndex index, String id, Map<String, End> ends) {
    Set<String> walked = new LinkedHashSet<>();
    String at = id;
    End end;
    while (true) {
      if (ends.containsKey(at)) {
        end = ends.get(at);
        break;
      }
      if (!walked.add(at)) {
        end = new End(Optional.empty(), true);
        break;
      }
      Optional<Retired> retired = retired(index, at);
      if (retired.isEmpty()) {
        end = new End(index.resolves(at) ? Optional.of(at) : Optional.empty(), false);
        break;
      }
      if (retired.get().successors().isEmpty()) {
        end = new End(Optional.empty(), false);
        break;
      }
      at = retired.get().successors().get(0).text().trim();
    }
    for (String w : walked) {
      ends.put(w, end);
    }
    return end;
  }
}
