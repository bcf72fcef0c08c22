package io.github.anthology.rules.diff;

import io.github.anthology.model.Paper;
import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Recommendation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recommendations matched by id; those without a counterpart by id, by source paper and then the
 * same normalised text, then the most similar text of the same paper (at least {@link #SIMILAR}),
 * so that a reworded practice is one change rather than a removal and an addition.
 */
final class RecommendationDiffer {
  /** How alike two texts of one paper must be to count as one reworded recommendation. */
  static final double SIMILAR = 0.5;
  private static final Comparator<Recommendation> SOURCE_ORDER =
      Comparator.comparing(Recommendation::pointer).thenComparing(Recommendation::text);

  private final Map<String, String> paperIdentity;
  private final Map<Recommendation, Paper> paperOf;
  private final Pairing<Recommendation> pairing;

  RecommendationDiffer(List<Recommendation> old, List<Recommendation> now, Map<String, String> paperIdentity,
      Map<Recommendation, Paper> paperOf) {
    this.paperIdentity = paperIdentity;
    this.paperOf = paperOf;
    Set<String> oldIds = ids(old);
    Set<String> newIds = ids(now);
    pairing = new Pairing<>(old, now).byKey(r -> id(r).filter(newIds::contains).filter(oldIds::contains).orElse(null),
        SOURCE_ORDER);
    pairing.byKey(r -> paper(r) + "\u0000" + Texts.normalise(r.text()), SOURCE_ORDER);
    pairing.greedily(similar(pairing.oldLeft(), pairing.newLeft()));
  }

  DiffSection section() {
    List<Modification> changed = new ArrayList<>();
    for (Pairing.Pair<Recommendation> p : pairing.pairs()) {
      List<FieldChange> c = changes(p.old(), p.now());
      if (!c.isEmpty()) {
        changed.add(new Modification(item(p.old()), item(p.now()), c));
      }
    }
    return new DiffSection(pairing.newLeft().stream().map(RecommendationDiffer::item).toList(),
        pairing.oldLeft().stream().map(RecommendationDiffer::item).toList(), changed);
  }

  /** Candidate pairs of one paper, most similar first; ties broken the same way in either direction. */
  private List<Pairing.Pair<Recommendation>> similar(List<Recommendation> old, List<Recommendation> now) {
    Map<String, List<Recommendation>> newByPaper = now.stream()
        .collect(Collectors.groupingBy(this::paper, LinkedHashMap::new, Collectors.toList()));
    record Candidate(Pairing.Pair<Recommendation> pair, double score, String tie) {}
    List<Candidate> candidates = new ArrayList<>();
    for (Recommendation a : old) {
      for (Recommendation b : newByPaper.getOrDefault(paper(a), List.of())) {
        double score = Texts.similarity(a.text(), b.text());
        if (score >= SIMILAR) {
          candidates.add(new Candidate(new Pairing.Pair<>(a, b), score, unordered(tie(a), tie(b))));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::tie));
    return candidates.stream().map(Candidate::pair).toList();
  }

  private static String tie(Recommendation r) {
    return r.text() + "\u0000" + r.pointer() + "\u0000" + id(r).orElse("");
  }

  private static String unordered(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "\u0001" + b : b + "\u0001" + a;
  }

  private String paper(Recommendation r) {
    PaperRef ref = r.source();
    String byId = ref.arxivId().map(a -> paperIdentity.get("arxiv:" + Texts.arxiv(a))).orElse(null);
    if (byId != null) {
      return byId;
    }
    String byTitle = ref.title().map(t -> paperIdentity.get("title:" + Texts.normalise(t))).orElse(null);
    return byTitle != null ? byTitle : ref.arxivId().map(Texts::arxiv).or(ref::title).orElse("");
  }

  /**
   * Whether the recommendation's topics are its paper's (a plain {@code sota} item): then a change
   * of them is the paper's retagging, reported once, with the paper.
   */
  private boolean inheritsTopics(Recommendation r) {
    Paper p = paperOf.get(r);
    return p != null && Changes.texts(r.allTopics()).equals(Changes.texts(p.topics()));
  }

  /** Whether the recommendation's implementations are its paper's models, as for a plain item. */
  private boolean inheritsModels(Recommendation r) {
    Paper p = paperOf.get(r);
    return p != null && r.implementations().equals(Changes.texts(p.models()));
  }

  private static Optional<String> id(Recommendation r) {
    return r.idText().map(String::trim).filter(s -> !s.isEmpty());
  }

  private static Set<String> ids(List<Recommendation> recs) {
    return recs.stream().flatMap(r -> id(r).stream()).collect(Collectors.toSet());
  }

  static DiffItem item(Recommendation r) {
    Map<String, String> fields = new LinkedHashMap<>();
    id(r).ifPresent(i -> fields.put("id", i));
    fields.put("text", r.text().trim());
    r.source().arxivId().or(r.source()::title).ifPresent(p -> fields.put("paper", p.trim()));
    fields.put("topic", Changes.texts(r.primaryTopics()).stream().collect(Collectors.joining(", ")));
    fields.put("status", r.status().label());
    return new DiffItem(id(r).orElse(r.text().trim()), fields);
  }

  private List<FieldChange> changes(Recommendation a, Recommendation b) {
    Changes c = new Changes()
        .value("id", id(a), id(b))
        .value("reworded", Optional.of(a.text()), Optional.of(b.text()));
    if (!inheritsTopics(a) || !inheritsTopics(b)) {
      c.scalars("retagged", a.allTopics(), b.allTopics());
    }
    c.value("status", Optional.of(a.status().label()), Optional.of(b.status().label()))
        .scalars("superseded_by", a.supersededBy(), b.supersededBy())
        .scalars("evidence", a.evidence(), b.evidence());
    if (!inheritsModels(a) || !inheritsModels(b)) {
      c.list("implementations", a.implementations(), b.implementations());
    }
    String pa = paper(a);
    String pb = paper(b);
    if (!pa.equals(pb)) {
      c.add(FieldChange.of("paper", pa, pb));
    }
    return c.list();
  }
}
