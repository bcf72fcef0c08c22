package io.github.anthology.render.view;

import io.github.anthology.model.Attic;
import io.github.anthology.model.Paper;
import io.github.anthology.model.source.Scalar;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Follows {@code superseded_by} from a recommendation (its own, else its paper's attic) through
 * recommendations and papers, breadth first, visiting each once: chains that loop end, flagged.
 */
public final class Supersession {
  private static final int MAX_LINKS = 50;
  private final Map<String, Entry> byId = new HashMap<>();
  private final Map<String, Paper> byArxiv = new HashMap<>();

  private Supersession(RegistryView view) {
    view.entries().forEach(e -> e.id().ifPresent(id -> byId.putIfAbsent(id, e)));
    view.anthology().papers().forEach(p -> p.arxivIdText().ifPresent(a -> byArxiv.putIfAbsent(a, p)));
  }

  public static Supersession of(RegistryView view) {
    return new Supersession(view);
  }

  public Chain chainOf(Entry start) {
    List<String> first = successors(start);
    if (first.isEmpty()) {
      return Chain.NONE;
    }
    Set<String> seen = new HashSet<>();
    Set<String> origin = new HashSet<>(List.of("rec:" + start.key()));
    if (start.recommendation().supersededBy().isEmpty()) {
      start.paper().flatMap(Paper::arxivIdText).ifPresent(a -> origin.add("paper:" + a));
    }
    seen.addAll(origin);
    List<Link> links = new ArrayList<>();
    boolean cycle = false;
    Deque<String> targets = new ArrayDeque<>(first);
    while (!targets.isEmpty() && links.size() < MAX_LINKS) {
      String target = targets.poll();
      Entry rec = byId.get(target);
      Paper paper = byArxiv.get(target);
      String node = rec != null ? "rec:" + rec.key() : paper != null ? "paper:" + target : "id:" + target;
      if (!seen.add(node)) {
        cycle |= origin.contains(node);
        continue;
      }
      if (rec != null) {
        links.add(new Link(target, Optional.of(rec.key()), rec.arxivId()));
        targets.addAll(successors(rec));
      } else if (paper != null) {
        links.add(new Link(paperLabel(paper), Optional.empty(), Optional.of(target)));
        paper.attic().ifPresent(a -> targets.addAll(texts(a)));
      } else {
        links.add(new Link(target, Optional.empty(), Optional.empty()));
      }
    }
    return new Chain(links, cycle);
  }

  private static List<String> successors(Entry e) {
    if (!e.recommendation().supersededBy().isEmpty()) {
      return e.recommendation().supersededBy().stream().map(Scalar::text).toList();
    }
    return e.paper().flatMap(Paper::attic).map(Supersession::texts).orElse(List.of());
  }

  private static List<String> texts(Attic attic) {
    return attic.supersededBy().stream().map(Scalar::text).toList();
  }

  private static String paperLabel(Paper p) {
    return p.title() + p.firstAuthor().map(a -> " (" + a.text() + (p.yearValue() == null ? "" : " " + p.yearValue()) + ")").orElse("");
  }
}
