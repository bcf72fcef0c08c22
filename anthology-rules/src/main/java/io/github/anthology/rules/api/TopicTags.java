package io.github.anthology.rules.api;

import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The topic tags of every recommendation as small int ids of the names in use, read once for the
 * rules that count or compare topics: recommendation {@code r} (in the anthology's order) has the
 * tags {@code tag(at)} for {@code at} in {@code [start(r), end(r))}, its primary topics first
 * ({@code primaryCount(r)} of them) and then its secondary ones, as written (a repeated tag is
 * kept). Names get ids in order of first use. A few ints per recommendation; no map lookup left
 * for the rules that read them.
 */
public final class TopicTags {
  private final List<String> names;
  private final Map<String, Integer> ids;
  private final int[] offsets;
  private final int[] primaryCounts;
  private final int[] tags;

  private TopicTags(List<String> names, Map<String, Integer> ids, int[] offsets, int[] primaryCounts, int[] tags) {
    this.names = names;
    this.ids = ids;
    this.offsets = offsets;
    this.primaryCounts = primaryCounts;
    this.tags = tags;
  }

  /** Reads the tags of the given recommendations, in their order. */
  public static TopicTags of(List<Recommendation> recommendations) {
    int n = recommendations.size();
    List<String> names = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    int[] offsets = new int[n + 1];
    int[] primaryCounts = new int[n];
    int[] tags = new int[Math.max(16, n * 3)];
    int at = 0;
    for (int r = 0; r < n; r++) {
      Recommendation rec = recommendations.get(r);
      List<Scalar> primary = rec.primaryTopics();
      List<Scalar> secondary = rec.secondaryTopics();
      if (at + primary.size() + secondary.size() > tags.length) {
        tags = Arrays.copyOf(tags, Math.max(at + primary.size() + secondary.size(), tags.length + tags.length / 2));
      }
      for (Scalar s : primary) {
        tags[at++] = id(s.text(), names, ids);
      }
      for (Scalar s : secondary) {
        tags[at++] = id(s.text(), names, ids);
      }
      primaryCounts[r] = primary.size();
      offsets[r + 1] = at;
    }
    return new TopicTags(List.copyOf(names), Map.copyOf(ids), offsets, primaryCounts, Arrays.copyOf(tags, at));
  }

  private static int id(String name, List<String> names, Map<String, Integer> ids) {
    Integer id = ids.get(name);
    if (id == null) {
      id = names.size();
      names.add(name);
      ids.put(name, id);
    }
    return id;
  }

  /** How many recommendations there are. */
  public int size() {
    return primaryCounts.length;
  }

  /** How many distinct names are used as tags; ids run from 0 to this. */
  public int names() {
    return names.size();
  }

  public String name(int id) {
    return names.get(id);
  }

  /** The id of a name used as a tag, or -1 for a name no recommendation uses. */
  public int id(String name) {
    Integer id = ids.get(name);
    return id == null ? -1 : id;
  }

  public int start(int rec) {
    return offsets[rec];
  }

  public int end(int rec) {
    return offsets[rec + 1];
  }

  /** How many of a recommendation's tags, from {@link #start}, are primary topics. */
  public int primaryCount(int rec) {
    return primaryCounts[rec];
  }

  public int tag(int at) {
    return tags[at];
  }
}
