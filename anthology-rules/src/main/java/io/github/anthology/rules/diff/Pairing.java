package io.github.anthology.rules.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Matches the entities of two versions, stage by stage; what one stage leaves unmatched the next
 * may match. Every stage is symmetric: matching B against A gives the same pairs turned round, so
 * that a diff and its reverse mirror each other.
 */
final class Pairing<T> {
  /** A matched pair: the old entity and the new. */
  record Pair<T>(T old, T now) {}

  private final List<Pair<T>> pairs = new ArrayList<>();
  private final List<T> old;
  private final List<T> now;
  /** Identity, not equality: two equal records of one version are still two entities. */
  private final Set<T> oldTaken = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<T> newTaken = Collections.newSetFromMap(new IdentityHashMap<>());

  Pairing(List<T> old, List<T> now) {
    this.old = old;
    this.now = now;
  }

  /**
   * Pairs entities of equal key (a null key never matches): within one key, the i-th of each
   * version in the given order, so duplicates pair up the same way in both directions.
   */
  Pairing<T> byKey(Function<T, String> key, Comparator<T> order) {
    Map<String, List<T>> olds = group(oldLeft(), key, order);
    Map<String, List<T>> news = group(newLeft(), key, order);
    for (Map.Entry<String, List<T>> e : olds.entrySet()) {
      List<T> match = news.get(e.getKey());
      for (int i = 0; match != null && i < Math.min(match.size(), e.getValue().size()); i++) {
        take(e.getValue().get(i), match.get(i));
      }
    }
    return this;
  }

  /** Pairs what remains by the given candidates, best first (the caller orders them symmetrically). */
  Pairing<T> greedily(List<Pair<T>> candidatesBestFirst) {
    for (Pair<T> c : candidatesBestFirst) {
      if (!oldTaken.contains(c.old()) && !newTaken.contains(c.now())) {
        take(c.old(), c.now());
      }
    }
    return this;
  }

  private void take(T old, T now) {
    pairs.add(new Pair<>(old, now));
    oldTaken.add(old);
    newTaken.add(now);
  }

  List<Pair<T>> pairs() {
    return pairs;
  }

  List<T> oldLeft() {
    return old.stream().filter(t -> !oldTaken.contains(t)).toList();
  }

  List<T> newLeft() {
    return now.stream().filter(t -> !newTaken.contains(t)).toList();
  }

  private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key, Comparator<T> order) {
    Map<String, List<T>> groups = new LinkedHashMap<>();
    for (T t : items) {
      String k = key.apply(t);
      if (k != null) {
        groups.computeIfAbsent(k, x -> new ArrayList<>()).add(t);
      }
    }
    groups.values().forEach(g -> g.sort(order));
    return groups;
  }
}
