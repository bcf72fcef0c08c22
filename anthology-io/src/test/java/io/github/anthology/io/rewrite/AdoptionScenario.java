package io.github.anthology.io.rewrite;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.ids.Adoption;
import io.github.anthology.io.ids.Exports;
import io.github.anthology.io.ids.Exports.Rec;
import io.github.anthology.io.ids.Numbering;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A registry that published its ids, then changed: practices kept, dropped, reworded or added, some
 * ids written back by hand. {@link #published()} is the export of the first version (numbered by
 * {@code ids} itself), {@link #research()} the second version, which adopts from it.
 */
record AdoptionScenario(List<PaperSpec> papers, Numbering numbering) {
  private static final List<String> TEXTS = List.of("use gradient clipping", "Use gradient clipping.",
      "clip gradients by norm", "shard the optimizer state", "use flash attention", "prefer bf16",
      "prefer bf16 over fp16", "warm up the learning rate");

  /** What becomes of a published practice in the second version. */
  enum Fate { KEPT, KEPT_WITH_ID, DROPPED, REWORDED }

  record RecSpec(String text, Fate fate) {}

  record PaperSpec(String author, int year, boolean arxiv, List<RecSpec> recs, List<String> added) {}

  static Arbitrary<AdoptionScenario> scenarios() {
    Arbitrary<RecSpec> rec = Combinators.combine(Arbitraries.of(TEXTS), Arbitraries.of(Fate.class)).as(RecSpec::new);
    Arbitrary<PaperSpec> paper = Combinators.combine(Arbitraries.of("Li", "Dao", "Chen"), Arbitraries.of(2020, 2021),
        Arbitraries.of(true, false), rec.list().ofMaxSize(4), Arbitraries.of(TEXTS).list().ofMaxSize(2)).as(PaperSpec::new);
    Arbitrary<List<PaperSpec>> byYear = paper.list().ofMinSize(1).ofMaxSize(6)
        .map(ps -> ps.stream().sorted(java.util.Comparator.comparingInt(PaperSpec::year)).toList());
    return Combinators.combine(byYear, Arbitraries.of(Numbering.class)).as(AdoptionScenario::new);
  }

  /** The first version, numbered, as its export publishes it. */
  String published() throws ReadException {
    String first = render(null);
    Map<String, String> texts = Map.of("research.yaml", first);
    LoadedRegistry numbered = RegistryLoader.read(
        RecommendationIds.assign(RegistryLoader.read(texts), numbering, Adoption.none()).changes().applyTo(texts));
    List<Rec> recs = new ArrayList<>();
    for (Paper p : numbered.anthology().papers()) {
      for (Recommendation r : p.recommendations()) {
        recs.add(new Rec(r.id().map(Scalar::text).orElseThrow(), r.text(), p.firstAuthorText(), p.yearValue(),
            p.arxivId().map(Scalar::text).orElse(null)));
      }
    }
    return Exports.yaml(recs);
  }

  /** The second version; {@code publishedIds}, in the first version's order, give the ids written back. */
  String research(List<String> publishedIds) {
    return render(publishedIds);
  }

  private String render(List<String> ids) {
    StringBuilder out = new StringBuilder("# registry\n");
    int n = 0;
    for (int p = 0; p < papers.size(); p++) {
      PaperSpec paper = papers.get(p);
      if (p == 0 || papers.get(p - 1).year() != paper.year()) {
        out.append(paper.year()).append(":\n");
      }
      out.append("  - title: \"Paper ").append(p).append("\"\n");
      if (paper.arxiv()) {
        out.append("    arxiv_id: \"").append(paper.year() - 2000).append("01.").append(String.format("%05d", p)).append("\"\n");
      }
      out.append("    first_author: ").append(paper.author()).append("\n    year: ").append(paper.year()).append("\n    sota:\n");
      for (RecSpec r : paper.recs()) {
        String id = ids == null ? null : ids.get(n);
        n++;
        if (ids == null) {
          out.append("      - \"").append(r.text()).append("\"\n");
        } else if (r.fate() == Fate.KEPT_WITH_ID) {
          out.append("      - {text: \"").append(r.text()).append("\", id: ").append(id).append("}\n");
        } else if (r.fate() == Fate.KEPT) {
          out.append("      - \"").append(r.text()).append("\"  # kept\n");
        } else if (r.fate() == Fate.REWORDED) {
          out.append("      - \"").append(r.text()).append(" now\"\n");
        }
      }
      if (ids != null) {
        paper.added().forEach(t -> out.append("      - \"").append(t).append("\"\n"));
      }
      out.append("      - \"the one practice of paper ").append(p).append("\"\n");
      n++;
    }
    return out.toString();
  }
}
