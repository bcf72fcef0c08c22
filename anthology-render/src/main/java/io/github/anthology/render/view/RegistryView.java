package io.github.anthology.render.view;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.stats.TopicStatistics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The recommendations of an anthology, each exactly once with one topic (its first primary topic)
 * and one status, in source order; grouped and counted the way REGISTRY.md and the site show them.
 */
public final class RegistryView {
  /** The group of recommendations that name no primary topic at all. */
  public static final String NO_TOPIC = "(no topic)";

  private final Anthology anthology;
  private final List<Entry> entries;
  private final List<String> topics;
  private volatile Map<Entry, Chain> chains;
  /** Worked out once and shared by every document of a build (they render side by side). */
  private volatile List<Integer> years;
  private volatile List<TopicStatistics> statistics;
  private volatile String summary;
  private final Map<Status, Map<String, List<Entry>>> byStatus = new java.util.concurrent.ConcurrentHashMap<>();

  private RegistryView(Anthology anthology, List<Entry> entries) {
    this.anthology = anthology;
    this.entries = List.copyOf(entries);
    Set<String> used = new HashSet<>();
    entries.forEach(e -> used.add(e.topic()));
    this.topics = TopicOrder.of(anthology.taxonomy(), used);
  }

  public static RegistryView of(Anthology anthology) {
    Map<Recommendation, Paper> papers = new IdentityHashMap<>();
    for (Paper p : anthology.papers()) {
      p.recommendations().forEach(r -> papers.put(r, p));
    }
    List<Entry> entries = new ArrayList<>();
    for (Recommendation r : anthology.recommendations()) {
      Optional<Paper> paper = Optional.ofNullable(papers.get(r));
      String topic = r.primaryTopics().isEmpty() ? NO_TOPIC : r.primaryTopics().get(0).text();
      OptionalInt year = r.source().year();
      if (year.isEmpty() && paper.isPresent() && paper.get().yearValue() != null) {
        year = OptionalInt.of(paper.get().yearValue());
      }
      entries.add(new Entry("r" + (entries.size() + 1), r, paper, topic, year));
    }
    return new RegistryView(anthology, entries);
  }

  public Anthology anthology() {
    return anthology;
  }

  /** Every recommendation once, in source order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The supersession chain of an entry of this view, worked out once for all entries and shared. */
  public Chain chainOf(Entry entry) {
    Map<Entry, Chain> all = chains;
    if (all == null) {
      all = chains();
    }
    return all.get(entry);
  }

  private synchronized Map<Entry, Chain> chains() {
    if (chains == null) {
      Supersession supersession = Supersession.of(this);
      Map<Entry, Chain> all = new IdentityHashMap<>(entries.size() * 2);
      entries.forEach(e -> all.put(e, supersession.chainOf(e)));
      chains = all;
    }
    return chains;
  }

  /** The topics that hold at least one recommendation, in display order. */
  public List<String> topics() {
    return topics;
  }

  /** The years the entries are from, ascending, each once. */
  public List<Integer> years() {
    List<Integer> known = years;
    if (known == null) {
      known = entries.stream().map(Entry::year).filter(OptionalInt::isPresent).map(OptionalInt::getAsInt)
          .distinct().sorted().toList();
      years = known;
    }
    return known;
  }

  /** The recommendations of one status by topic, in display order; empty topics are left out. */
  public Map<String, List<Entry>> byTopic(Status status) {
    return byStatus.computeIfAbsent(status, this::group);
  }

  private Map<String, List<Entry>> group(Status status) {
    Map<String, List<Entry>> groups = new LinkedHashMap<>();
    topics.forEach(t -> groups.put(t, new ArrayList<>()));
    entries.stream().filter(e -> e.status() == status).forEach(e -> groups.get(e.topic()).add(e));
    groups.values().removeIf(List::isEmpty);
    groups.replaceAll((topic, in) -> Collections.unmodifiableList(in));
    return Collections.unmodifiableMap(groups);
  }

  /**
   * Count and year range of every topic, in display order. Unlike the model's
   * {@code RegistryStatistics}, a recommendation counts once, under the one topic it is listed by.
   */
  public List<TopicStatistics> statistics() {
    List<TopicStatistics> known = statistics;
    if (known == null) {
      known = List.copyOf(computeStatistics());
      statistics = known;
    }
    return known;
  }

  private List<TopicStatistics> computeStatistics() {
    Map<String, List<Entry>> groups = new LinkedHashMap<>();
    topics.forEach(t -> groups.put(t, new ArrayList<>()));
    entries.forEach(e -> groups.get(e.topic()).add(e));
    List<TopicStatistics> stats = new ArrayList<>();
    groups.forEach((topic, in) -> {
      IntSummaryStatistics years = in.stream().map(Entry::year).filter(OptionalInt::isPresent)
          .mapToInt(OptionalInt::getAsInt).summaryStatistics();
      stats.add(years.getCount() == 0
          ? new TopicStatistics(topic, in.size(), OptionalInt.empty(), OptionalInt.empty())
          : new TopicStatistics(topic, in.size(), OptionalInt.of(years.getMin()), OptionalInt.of(years.getMax())));
    });
    return stats;
  }

  /** One line: how many recommendations, and how many of each status. */
  public String summary() {
    String known = summary;
    if (known == null) {
      known = entries.size() + " recommendations: " + count(Status.EXPERIMENTAL) + " experimental, "
          + count(Status.STANDARD) + " standard, " + count(Status.DEPRECATED) + " deprecated.";
      summary = known;
    }
    return known;
  }

  public long count(Status status) {
    return entries.stream().filter(e -> e.status() == status).count();
  }
}
