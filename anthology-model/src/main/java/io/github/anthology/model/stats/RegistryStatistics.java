package io.github.anthology.model.stats;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The figures of a registry: how many papers, recommendations and reading-list resources, how
 * many recommendations of each status, and per primary topic (in order of first use) a count and a
 * year range.
 */
public record RegistryStatistics(
    int papers,
    int recommendations,
    int resources,
    Map<Status, Integer> byStatus,
    List<TopicStatistics> topics,
    OptionalInt earliest,
    OptionalInt latest) {

  public RegistryStatistics {
    byStatus = java.util.Collections.unmodifiableMap(new EnumMap<>(byStatus));
    topics = List.copyOf(topics);
  }

  public static RegistryStatistics of(Anthology anthology) {
    Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      byStatus.put(s, 0);
    }
    Map<String, Range> topics = new LinkedHashMap<>();
    Range all = new Range();
    for (Recommendation rec : anthology.recommendations()) {
      byStatus.merge(rec.status(), 1, Integer::sum);
      OptionalInt year = rec.source().year();
      all.add(year);
      for (Scalar topic : rec.primaryTopics()) {
        topics.computeIfAbsent(topic.text(), k -> new Range()).add(year);
      }
    }
    List<TopicStatistics> list = new ArrayList<>();
    topics.forEach((name, r) -> list.add(new TopicStatistics(name, r.count, r.earliest(), r.latest())));
    return new RegistryStatistics(anthology.papers().size(), anthology.recommendations().size(),
        anthology.resources().size(), byStatus, list, all.earliest(), all.latest());
  }

  /** A running count and year range. */
  private static final class Range {
    private int count;
    private int min = Integer.MAX_VALUE;
    private int max = Integer.MIN_VALUE;

    void add(OptionalInt year) {
      count++;
      if (year.isPresent()) {
        min = Math.min(min, year.getAsInt());
        max = Math.max(max, year.getAsInt());
      }
    }

    OptionalInt earliest() {
      return min == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(min);
    }

    OptionalInt latest() {
      return max == Integer.MIN_VALUE ? OptionalInt.empty() : OptionalInt.of(max);
    }
  }
}
