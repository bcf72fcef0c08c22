package io.github.anthology.render.stats;

import io.github.anthology.model.stats.RegistryStatistics;
import io.github.anthology.model.stats.TopicStatistics;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/** The order topics are listed in: most recommendations first, then by name. */
final class StatsOrder {
  private StatsOrder() {}

  static List<TopicStatistics> topics(RegistryStatistics stats) {
    return stats.topics().stream()
        .sorted(Comparator.comparingInt(TopicStatistics::count).reversed().thenComparing(TopicStatistics::name))
        .toList();
  }

  /** {@code 2014-2023}, {@code 2020}, or {@code -} without years. */
  static String years(OptionalInt earliest, OptionalInt latest) {
    if (earliest.isEmpty()) {
      return "-";
    }
    return earliest.getAsInt() == latest.getAsInt() ? String.valueOf(earliest.getAsInt())
        : earliest.getAsInt() + "-" + latest.getAsInt();
  }
}
