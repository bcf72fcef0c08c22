package io.github.anthology.rules.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The taxonomy's consolidations between two versions. A topic departs when it was active and no
 * longer is (removed, or deprecated); it arrives the other way round. Then:
 * <ul>
 *   <li>renamed: one departing topic linked only to one arriving topic, linked only to it;
 *   <li>merged: departing topics linked only to one topic active after (an arriving one takes at least two);
 *   <li>split: arriving topics linked only to one topic active before (a departing one gives at least two).
 * </ul>
 * Merged and split are each other's reverse, so the reverse diff finds the same consolidations turned round.
 */
final class TopicEvents {
  private final TopicDiffer topics;
  private final Map<String, Set<String>> successors = new HashMap<>();
  private final Map<String, Set<String>> predecessors = new HashMap<>();

  TopicEvents(TopicDiffer topics) {
    this.topics = topics;
  }

  /**
   * Finds the consolidations: those of topics that depart or arrive become {@code events}, those of
   * a topic active in both versions its changes in {@code staying}, ordered by the topics they involve
   * (so that a topic merged into and split from reads alike in both directions).
   */
  void find(List<Modification> events, Map<String, List<FieldChange>> staying, Set<String> consumed) {
    for (String x : topics.departing()) {
      Set<String> s = successors(x);
      if (s.size() == 1 && topics.arriving().contains(s.iterator().next())
          && predecessors(s.iterator().next()).equals(Set.of(x))) {
        String y = s.iterator().next();
        Changes c = new Changes().add(new FieldChange("renamed", List.of(x), List.of(y)));
        TopicDiffer.fields(c, topics.old().get(x), topics.now().get(y), false);
        events.add(new Modification(TopicDiffer.item(topics.old().get(x)), TopicDiffer.item(topics.now().get(y)), c.list()));
        consumed.add(x);
        consumed.add(y);
      }
    }
    Set<String> activeAfter = new TreeSet<>(topics.now().keySet());
    activeAfter.removeIf(n -> !topics.activeAfter(n));
    for (String y : activeAfter) {
      Set<String> merged = new TreeSet<>();
      topics.departing().stream().filter(x -> successors(x).equals(Set.of(y))).forEach(merged::add);
      if (topics.arriving().contains(y) ? merged.size() >= 2 && predecessors(y).equals(merged) : !merged.isEmpty()) {
        record(events, staying, consumed, "merged", merged, y, false);
      }
    }
    Set<String> activeBefore = new TreeSet<>(topics.old().keySet());
    activeBefore.removeIf(n -> !topics.activeBefore(n));
    for (String x : activeBefore) {
      Set<String> split = new TreeSet<>();
      topics.arriving().stream().filter(y -> predecessors(y).equals(Set.of(x))).forEach(split::add);
      if (topics.departing().contains(x) ? split.size() >= 2 && successors(x).equals(split) : !split.isEmpty()) {
        record(events, staying, consumed, "split", split, x, true);
      }
    }
  }

  /**
   * A merge into {@code one} (or a split of it into {@code many}): an event of its own when
   * {@code one} arrives (departs), else a change of the topic that stays.
   */
  private void record(List<Modification> events, Map<String, List<FieldChange>> staying, Set<String> consumed, String kind,
      Set<String> many, String one, boolean split) {
    consumed.addAll(many);
    boolean stays = topics.activeBefore(one) && topics.activeAfter(one);
    List<String> parts = new ArrayList<>(many);
    if (stays) {
      Set<String> withOne = new TreeSet<>(many);
      withOne.add(one);
      parts = new ArrayList<>(withOne);
    }
    FieldChange change = split ? new FieldChange(kind, List.of(one), parts) : new FieldChange(kind, parts, List.of(one));
    if (stays) {
      List<FieldChange> changes = staying.computeIfAbsent(one, n -> new ArrayList<>());
      changes.add(change);
      changes.sort(java.util.Comparator.comparing(TopicEvents::involved));
      return;
    }
    consumed.add(one);
    events.add(split
        ? new Modification(TopicDiffer.item(topics.old().get(one)), TopicDiffer.group(parts), List.of(change))
        : new Modification(TopicDiffer.group(parts), TopicDiffer.item(topics.now().get(one)), List.of(change)));
  }

  private static String involved(FieldChange c) {
    Set<String> all = new TreeSet<>(c.before());
    all.addAll(c.after());
    return String.join(",", all);
  }

  /** The topics active after that a departing topic was consolidated into. */
  private Set<String> successors(String x) {
    return successors.computeIfAbsent(x, this::findSuccessors);
  }

  private Set<String> predecessors(String y) {
    return predecessors.computeIfAbsent(y, this::findPredecessors);
  }

  private Set<String> findSuccessors(String x) {
    Set<String> s = new TreeSet<>();
    topics.now().keySet().stream().filter(y -> !y.equals(x) && topics.activeAfter(y) && topics.linked(x, y)).forEach(s::add);
    return s;
  }

  /** The topics active before that an arriving topic consolidates. */
  private Set<String> findPredecessors(String y) {
    Set<String> p = new TreeSet<>();
    topics.old().keySet().stream().filter(x -> !x.equals(y) && topics.activeBefore(x) && topics.linked(x, y)).forEach(p::add);
    return p;
  }
}
