package io.github.anthology.model;

import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The arXiv ids a registry cites, wherever it cites them: a paper's own id, the ids in its attic
 * ({@code superseded_by}, {@code see_also}), a recommendation's evidence and successor, and a
 * topic's key references. References that are not shaped like arXiv ids (recommendation ids) are
 * left out.
 */
public final class Citations {
  private Citations() {}

  /** Every place an arXiv id is cited, in reading order; one place (same span) once. */
  public static List<Scalar> places(Anthology anthology) {
    Map<Object, Scalar> places = new LinkedHashMap<>();
    forEach(anthology, s -> {
      if (ArxivId.isArxivId(s.text())) {
        places.putIfAbsent(s.span().hasPosition() ? s.span() : s, s);
      }
    });
    return new ArrayList<>(places.values());
  }

  /**
   * Visits every reference a registry makes to a paper, arXiv-shaped or not (a recommendation id),
   * without collecting them: what a check that looks for something rare in all of them costs.
   */
  public static void forEach(Anthology anthology, Consumer<Scalar> action) {
    for (Paper p : anthology.papers()) {
      p.arxivId().ifPresent(action);
      p.attic().ifPresent(a -> {
        a.supersededBy().forEach(action);
        a.seeAlso().forEach(action);
      });
    }
    for (Recommendation r : anthology.recommendations()) {
      r.evidence().forEach(action);
      r.supersededBy().forEach(action);
    }
    anthology.taxonomy().ifPresent(t -> t.topics().forEach(topic -> topic.keyReferences().forEach(action)));
  }

  /** The distinct ids cited, without version suffixes, sorted. */
  public static Set<String> ids(Anthology anthology) {
    Set<String> ids = new TreeSet<>();
    for (Scalar s : places(anthology)) {
      ids.add(ArxivId.unversioned(s.text()));
    }
    return ids;
  }
}
