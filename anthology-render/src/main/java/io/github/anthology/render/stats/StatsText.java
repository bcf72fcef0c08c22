package io.github.anthology.render.stats;

import io.github.anthology.model.Status;
import io.github.anthology.model.stats.RegistryStatistics;
import io.github.anthology.model.stats.TopicStatistics;
import io.github.anthology.render.text.TerminalText;
import java.util.List;

/** The statistics as aligned plain text, topics by size. */
public final class StatsText {
  private StatsText() {}

  public static String render(RegistryStatistics stats) {
    StringBuilder out = new StringBuilder();
    row(out, "papers", String.valueOf(stats.papers()));
    row(out, "recommendations", String.valueOf(stats.recommendations()));
    for (Status s : Status.values()) {
      row(out, "  " + s.label(), String.valueOf(stats.byStatus().get(s)));
    }
    row(out, "topics", String.valueOf(stats.topics().size()));
    row(out, "years", StatsOrder.years(stats.earliest(), stats.latest()));
    if (stats.resources() > 0) {
      row(out, "reading-list resources", String.valueOf(stats.resources()));
    }
    List<TopicStatistics> topics = StatsOrder.topics(stats);
    if (!topics.isEmpty()) {
      int width = Math.max("topic".length(), topics.stream().mapToInt(t -> t.name().length()).max().orElse(0));
      out.append('\n').append(pad("topic", width)).append("  recommendations  years\n");
      for (TopicStatistics t : topics) {
        out.append(pad(TerminalText.escape(t.name()), width)).append("  ").append(padLeft(String.valueOf(t.count()), 15))
            .append("  ").append(StatsOrder.years(t.earliest(), t.latest())).append('\n');
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String label, String value) {
    out.append(pad(label, 24)).append(value).append('\n');
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }
}
