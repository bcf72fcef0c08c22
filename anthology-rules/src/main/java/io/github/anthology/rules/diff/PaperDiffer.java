package io.github.anthology.rules.diff;

import io.github.anthology.model.Attic;
import io.github.anthology.model.Paper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Papers matched by arXiv id, else by normalised title; what was added, removed and changed. */
final class PaperDiffer {
  private static final Comparator<Paper> SOURCE_ORDER = Comparator.comparing(Paper::pointer).thenComparing(Paper::title);

  private final Pairing<Paper> pairing;
  /** The paper identity shared by both versions of a matched paper; a paper's own key otherwise. */
  private final Map<Paper, String> identity = new IdentityHashMap<>();

  PaperDiffer(List<Paper> old, List<Paper> now) {
    pairing = new Pairing<>(old, now)
        .byKey(p -> p.arxivIdText().map(Texts::arxiv).orElse(null), SOURCE_ORDER)
        .byKey(p -> Texts.normalise(p.title()), SOURCE_ORDER);
    for (Pairing.Pair<Paper> p : pairing.pairs()) {
      // the lesser key of the two, so that the diff and its reverse name a matched paper alike
      String shared = key(p.old()).compareTo(key(p.now())) <= 0 ? key(p.old()) : key(p.now());
      identity.put(p.old(), shared);
      identity.put(p.now(), shared);
    }
    old.forEach(p -> identity.putIfAbsent(p, key(p)));
    now.forEach(p -> identity.putIfAbsent(p, key(p)));
  }

  /** How a paper is named in a diff: its arXiv id, else its title. */
  static String key(Paper p) {
    return p.arxivIdText().map(Texts::arxiv).orElse(p.title().trim());
  }

  /** The identity of a paper in both versions, by arXiv id or normalised title of what a recommendation records. */
  Map<String, String> identities() {
    Map<String, String> byRef = new LinkedHashMap<>();
    identity.forEach((paper, id) -> {
      paper.arxivIdText().ifPresent(a -> byRef.put("arxiv:" + Texts.arxiv(a), id));
      byRef.putIfAbsent("title:" + Texts.normalise(paper.title()), id);
    });
    return byRef;
  }

  DiffSection section() {
    List<Modification> changed = new ArrayList<>();
    for (Pairing.Pair<Paper> p : pairing.pairs()) {
      Changes c = changes(p.old(), p.now());
      if (!c.isEmpty()) {
        changed.add(new Modification(item(p.old()), item(p.now()), c.list()));
      }
    }
    return new DiffSection(pairing.newLeft().stream().map(PaperDiffer::item).toList(),
        pairing.oldLeft().stream().map(PaperDiffer::item).toList(), changed);
  }

  static DiffItem item(Paper p) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", p.title().trim());
    p.arxivIdText().ifPresent(a -> fields.put("arxiv_id", a.trim()));
    p.year().ifPresent(y -> fields.put("year", y.text()));
    p.firstAuthor().ifPresent(a -> fields.put("first_author", a.text()));
    fields.put("recommendations", Integer.toString(p.recommendations().size()));
    return new DiffItem(key(p), fields);
  }

  private static Changes changes(Paper a, Paper b) {
    Changes c = new Changes()
        .value("title", Optional.of(a.title()), Optional.of(b.title()))
        .scalar("arxiv_id", a.arxivId(), b.arxivId())
        .scalar("first_author", a.firstAuthor(), b.firstAuthor())
        .scalar("year", a.year(), b.year())
        .scalars("retagged", a.topics(), b.topics())
        .list("key_takeaways", a.keyTakeaways(), b.keyTakeaways())
        .list("historical_impact", a.historicalImpact(), b.historicalImpact())
        .scalars("models", a.models(), b.models())
        .value("experimental", flag(a), flag(b))
        .list("attic", attic(a.attic()), attic(b.attic()))
        .scalars("superseded_by", a.attic().map(Attic::supersededBy).orElse(List.of()),
            b.attic().map(Attic::supersededBy).orElse(List.of()))
        .scalars("see_also", a.attic().map(Attic::seeAlso).orElse(List.of()), b.attic().map(Attic::seeAlso).orElse(List.of()));
    extras(c, a, b);
    return c;
  }

  /** Keys no part of Anthology interprets ({@code sota_maybe}, ...), compared as their values' text. */
  private static void extras(Changes c, Paper a, Paper b) {
    java.util.SortedSet<String> keys = new java.util.TreeSet<>();
    a.extras().forEach(e -> keys.add(e.key()));
    b.extras().forEach(e -> keys.add(e.key()));
    for (String key : keys) {
      c.list(key, extra(a, key), extra(b, key));
    }
  }

  private static List<String> extra(Paper p, String key) {
    return p.extras().stream().filter(e -> e.key().equals(key)).findFirst()
        .map(e -> e.value() instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(e.value())))
        .orElse(List.of());
  }

  private static Optional<String> flag(Paper p) {
    return p.isExperimental() ? Optional.of("true") : Optional.empty();
  }

  /** An attic as its reason: present with no reason is {@code (no reason)}, absent is nothing. */
  private static List<String> attic(Optional<Attic> attic) {
    return attic.map(a -> List.of(a.reason().map(String::trim).filter(r -> !r.isEmpty()).orElse("(no reason)")))
        .orElse(List.of());
  }
}
