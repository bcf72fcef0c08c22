package io.github.anthology.model;

import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
    for (Paper p : anthology.papers()) {
      p.arxivId().ifPresent(id -> add(places, id));
      p.attic().ifPresent(a -> {
        a.supersededBy().forEach(s -> add(places, s));
        a.seeAlso().forEach(s -> add(places, s));
      });
    }
    for (Recommendation r : anthology.recommendations()) {
      r.evidence().forEach(s -> add(places, s));
      r.supersededBy().forEach(s -> add(places, s));
    }
    anthology.taxonomy().ifPresent(t -> t.topics().forEach(topic -> topic.keyReferences().forEach(s -> add(places, s))));
    return new ArrayList<>(places.values());
  }

  /** The distinct ids cited, without version suffixes, sorted. */
  public static Set<String> ids(Anthology anthology) {
    Set<String> ids = new TreeSet<>();
    for (Scalar s : places(anthology)) {
      ids.add(ArxivId.unversioned(s.text()));
    }
    return ids;
  }

  private static void add(Map<Object, Scalar> places, Scalar s) {
    if (ArxivId.isArxivId(s.text())) {
      Object key = s.span().hasPosition() ? s.span() : s;
      places.putIfAbsent(key, s);
    }
  }
}
