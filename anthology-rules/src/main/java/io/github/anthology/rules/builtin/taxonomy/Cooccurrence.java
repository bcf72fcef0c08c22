package io.github.anthology.rules.builtin.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Set sizes and pairwise intersection sizes of many sets at once, from co-occurrence counts: each
 * member adds one to the size of every set it is in and to every pair of those sets. The cost
 * grows with the members times the square of sets per member (a handful), never with pairs of
 * members.
 */
final class Cooccurrence {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private int[] sizes = new int[64];
  private final PairCounts shared = new PairCounts();

  Cooccurrence() {}

  /** Counts over sets known in advance, whose ids are their places in {@code names}. */
  Cooccurrence(List<String> names) {
    names.forEach(this::newId);
    for (int i = 0; i < names.size(); i++) {
      ids.put(names.get(i), i);
    }
  }

  /** Counts one member that belongs to the given distinct sets. */
  void add(List<String> sets) {
    int[] members = new int[sets.size()];
    for (int i = 0; i < members.length; i++) {
      members[i] = ids.computeIfAbsent(sets.get(i), this::newId);
    }
    add(members, members.length);
  }

  /** Counts one member of the given distinct sets, by id (see {@link #Cooccurrence(List)}). */
  void add(TopicIds sets) {
    add(sets.ids(), sets.size());
  }

  private void add(int[] members, int count) {
    for (int i = 0; i < count; i++) {
      sizes[members[i]]++;
    }
    for (int i = 0; i < count; i++) {
      for (int j = i + 1; j < count; j++) {
        shared.increment(key(members[i], members[j]));
      }
    }
  }

  private int newId(String name) {
    names.add(name);
    if (names.size() > sizes.length) {
      sizes = Arrays.copyOf(sizes, sizes.length * 2);
    }
    return names.size() - 1;
  }

  private static long key(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return ((long) lo << 32) | hi;
  }

  /** How many members the two sets share; 0 when either was never seen. */
  int shared(String a, String b) {
    Integer x = ids.get(a);
    Integer y = ids.get(b);
    return x == null || y == null || x.equals(y) ? 0 : shared.count(key(x, y));
  }

  /** A pair of sets with their sizes and the size of their intersection. */
  record Pair(String a, int sizeA, String b, int sizeB, int shared) {
    double overlap() {
      return (double) shared / Math.min(sizeA, sizeB);
    }
  }

  /** Every pair whose overlap coefficient is strictly above the threshold, smaller set at least minSize. */
  List<Pair> above(double threshold, int minSize) {
    List<Pair> out = new ArrayList<>();
    shared.forEach((key, count) -> {
      int a = (int) (key >>> 32);
      int b = (int) key;
      if (names.get(a).compareTo(names.get(b)) > 0) {
        int t = a;
        a = b;
        b = t;
      }
      Pair pair = new Pair(names.get(a), sizes[a], names.get(b), sizes[b], count);
      if (Math.min(pair.sizeA(), pair.sizeB()) >= minSize && pair.overlap() > threshold) {
        out.add(pair);
      }
    });
    out.sort((x, y) -> x.a().equals(y.a()) ? x.b().compareTo(y.b()) : x.a().compareTo(y.a()));
    return out;
  }
}
