package io.github.anthology.rules.api;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The places each topic name is used as a tag ({@link RegistryIndex#topicUses}), gathered without
 * a list per name while reading: every use goes into one array with its name's id (the
 * recommendations' ids come from {@link TopicTags}, so only papers' tags are looked up by name), a
 * stable counting sort by name puts each name's uses together in reading order, and a name's uses
 * are sorted only when they are not in source order already (a registry export's are).
 */
final class TopicUses {
  /** Source order, then text; written out, since millions of topic uses are sorted by it. */
  static final Comparator<Scalar> BY_SPAN = (a, b) -> {
    int bySpan = a.span().compareTo(b.span());
    return bySpan != 0 ? bySpan : a.text().compareTo(b.text());
  };

  private TopicUses() {}

  static Map<String, List<Scalar>> of(Anthology anthology, TopicTags tags) {
    return of(anthology, tags, name -> true);
  }

  /**
   * The uses of the names {@code wanted} accepts only, each list and their order as in the map of
   * every name: a recommendation is read only when one of its tag ids is wanted, so a rule that
   * asks about a few names does not gather the millions of uses of the others.
   */
  static Map<String, List<Scalar>> of(Anthology anthology, TopicTags tags, Predicate<String> wanted) {
    List<String> names = new ArrayList<>();
    boolean[] kept = new boolean[tags.names()];
    for (int id = 0; id < tags.names(); id++) {
      names.add(tags.name(id));
      kept[id] = wanted.test(tags.name(id));
    }
    Map<String, Integer> paperOnly = new HashMap<>();
    Uses uses = new Uses();
    for (Paper p : anthology.papers()) {
      for (Scalar s : p.topics()) {
        int id = tags.id(s.text());
        if (id < 0) {
          id = paperOnly.computeIfAbsent(s.text(), n -> {
            names.add(n);
            return names.size() - 1;
          });
        }
        if (id < kept.length ? kept[id] : wanted.test(s.text())) {
          uses.add(s, id);
        }
      }
    }
    List<Recommendation> recs = anthology.recommendations();
    for (int r = 0; r < recs.size(); r++) {
      int start = tags.start(r);
      for (int at = start; at < tags.end(r); at++) {
        if (kept[tags.tag(at)]) {
          int i = at - start;
          Recommendation rec = recs.get(r);
          int primary = tags.primaryCount(r);
          uses.add(i < primary ? rec.primaryTopics().get(i) : rec.secondaryTopics().get(i - primary), tags.tag(at));
        }
      }
    }
    return grouped(Arrays.copyOf(uses.scalars, uses.count), Arrays.copyOf(uses.nameOf, uses.count), names);
  }

  /** Uses and their name ids, in two growing arrays. */
  private static final class Uses {
    private Scalar[] scalars = new Scalar[64];
    private int[] nameOf = new int[64];
    private int count;

    void add(Scalar s, int id) {
      if (count == scalars.length) {
        scalars = Arrays.copyOf(scalars, count * 2);
        nameOf = Arrays.copyOf(nameOf, count * 2);
      }
      scalars[count] = s;
      nameOf[count++] = id;
    }
  }

  /** Each name's uses in source order, each place once, the names in order of their first use. */
  private static Map<String, List<Scalar>> grouped(Scalar[] uses, int[] nameOf, List<String> names) {
    int[] starts = new int[names.size() + 1];
    List<Integer> seen = new ArrayList<>();
    for (int id : nameOf) {
      if (starts[id + 1]++ == 0) {
        seen.add(id);
      }
    }
    for (int id = 0; id < names.size(); id++) {
      starts[id + 1] += starts[id];
    }
    Scalar[] byName = new Scalar[uses.length];
    int[] next = Arrays.copyOf(starts, names.size());
    for (int i = 0; i < uses.length; i++) {
      byName[next[nameOf[i]]++] = uses[i];
    }
    List<List<Scalar>> lists = new ArrayList<>(seen.size());
    for (int id : seen) {
      lists.add(inSourceOrderOnce(byName, starts[id], starts[id + 1]));
    }
    lists.sort(Comparator.comparing(l -> l.get(0), BY_SPAN));
    Map<String, List<Scalar>> ordered = new LinkedHashMap<>();
    lists.forEach(l -> ordered.put(l.get(0).text(), l));
    return ordered;
  }

  /**
   * The uses {@code [from, to)} of one name in source order, each place once: a paper's tags also
   * serve as its recommendations' tags, and the same place (same span) sorts next to itself.
   */
  private static List<Scalar> inSourceOrderOnce(Scalar[] uses, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (BY_SPAN.compare(uses[i - 1], uses[i]) > 0) {
        Arrays.sort(uses, from, to, BY_SPAN);
        break;
      }
    }
    int kept = from;
    for (int i = from; i < to; i++) {
      Scalar s = uses[i];
      if (kept == from || !s.span().hasPosition() || !s.span().equals(uses[kept - 1].span())) {
        uses[kept++] = s;
      }
    }
    return Collections.unmodifiableList(Arrays.asList(Arrays.copyOfRange(uses, from, kept)));
  }
}
