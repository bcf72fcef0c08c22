package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.api.TopicTags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two governed topics must be merged when their overlap exceeds the threshold (the topic
 * conventions' "merge when scope overlap exceeds 50%"). Overlap is |A∩B| / min(|A|,|B|), over the
 * recommendations tagged with each (primary or secondary) and, separately, over their normalised
 * scope items. Only governed topics are compared ({@link GovernedTopics}): declared ones, or
 * without a taxonomy the tags used as a primary topic. With the default measure,
 * {@code overlap-beyond-chance}, the shared recommendations must also be more than chance would
 * give two topics of those sizes: the hypergeometric probability of sharing at least as many is at
 * most {@code max-p-value}. With {@code measure: overlap} the coefficient alone decides. Tags are
 * read as the registry index's topic ids, and papers are looked up only for the topics of pairs
 * above the threshold.
 */
@RuleInfo(
    id = "taxonomy/overlap-merge",
    summary = "Active topics whose overlap exceeds the threshold (default 50%) are merged.",
    severity = Severity.WARNING)
public final class OverlapMergeRule implements Rule {
  static final Option<Double> THRESHOLD =
      Option.decimal("threshold", "overlap strictly above which two topics must merge", 0.5, 0.0, 1.0);
  static final Option<Integer> MIN_TOPIC_SIZE =
      Option.integer("min-topic-size", "recommendations (or scope items) the smaller topic needs"
          + " before its overlap counts; keeps one-off tags out", 3, 1, Integer.MAX_VALUE);
  static final Option<Integer> MIN_SHARED_PAPERS =
      Option.integer("min-shared-papers", "distinct papers the shared recommendations must come"
          + " from; tags that one paper's recommendations carry together are no evidence that two"
          + " topics overlap", 2, 1, Integer.MAX_VALUE);
  static final String OVERLAP = "overlap";
  static final String BEYOND_CHANCE = "overlap-beyond-chance";
  static final Option<String> MEASURE = Option.choice("measure", "overlap: the overlap coefficient alone;"
      + " overlap-beyond-chance: also more shared recommendations than chance would give",
      BEYOND_CHANCE, List.of(BEYOND_CHANCE, OVERLAP));
  static final Option<Double> MAX_P_VALUE = Option.decimal("max-p-value", "with overlap-beyond-chance: the"
      + " largest probability of sharing this many recommendations by chance that still counts", 0.01, 0.0, 1.0);
  private static final int SHOWN_MEMBERS = 5;
  private static final java.util.Comparator<Recommendation> SOURCE_ORDER =
      java.util.Comparator.comparing(Recommendation::textSpan).thenComparing(Recommendation::text)
          .thenComparing(Recommendation::pointer);

  @Override
  public List<Option<?>> options() {
    return List.of(MEASURE, THRESHOLD, MIN_TOPIC_SIZE, MIN_SHARED_PAPERS, MAX_P_VALUE);
  }

  @Override
  public void check(RuleContext ctx) {
    Taxonomy taxonomy = ctx.index().taxonomy();
    Map<String, SourceSpan> active = GovernedTopics.of(ctx);
    boolean beyondChance = ctx.option(MEASURE).equals(BEYOND_CHANCE);
    double threshold = ctx.option(THRESHOLD);
    int minSize = ctx.option(MIN_TOPIC_SIZE);

    List<String> names = List.copyOf(active.keySet());
    Map<String, Integer> ids = new HashMap<>();
    names.forEach(n -> ids.put(n, ids.size()));
    TopicTags tags = ctx.index().topicTags();
    int[] activeIds = new int[tags.names()];
    for (int t = 0; t < activeIds.length; t++) {
      activeIds[t] = ids.getOrDefault(tags.name(t), -1);
    }
    Cooccurrence byRecommendation = new Cooccurrence(names);
    TopicIds topics = new TopicIds();
    int tagged = 0;
    for (int r = 0; r < tags.size(); r++) {
      tagged += tags.end(r) > tags.start(r) ? 1 : 0;
      if (topics.setActive(tags, r, activeIds).size() > 0) {
        byRecommendation.add(topics);
      }
    }
    List<Cooccurrence.Pair> candidates = byRecommendation.above(threshold, minSize);
    SharedPapers papers = SharedPapers.of(ctx.anthology().recommendations(), tags, activeIds, marked(candidates, ids));
    List<Cooccurrence.Pair> firing = new ArrayList<>();
    for (Cooccurrence.Pair pair : candidates) {
      if (papers.shared(ids.get(pair.a()), ids.get(pair.b())) >= ctx.option(MIN_SHARED_PAPERS)
          && (!beyondChance || Chance.ofSharing(pair, tagged) <= ctx.option(MAX_P_VALUE))) {
        firing.add(pair);
      }
    }
    Map<Long, List<Recommendation>> members = firstMembers(ctx, tags, activeIds, firing, ids);
    for (Cooccurrence.Pair pair : firing) {
      List<String> shown = members.get(key(ids.get(pair.a()), ids.get(pair.b()))).stream()
          .map(r -> r.id().map(Scalar::text).orElse("\"" + abbreviate(r.text()) + "\""))
          .toList();
      String chance = !beyondChance ? "" : String.format(Locale.ROOT, "; chance alone shares this many with p = %.2g",
          Chance.ofSharing(pair, tagged));
      report(ctx, active, pair, "recommendations", chance, shown);
    }

    Cooccurrence byScope = new Cooccurrence();
    Map<String, List<String>> topicsByItem = new HashMap<>();
    for (Topic t : taxonomy.topics()) {
      if (active.containsKey(t.nameText())) {
        for (String item : Set.copyOf(t.scope().stream().map(OverlapMergeRule::normalise).toList())) {
          topicsByItem.computeIfAbsent(item, k -> new ArrayList<>()).add(t.nameText());
        }
      }
    }
    topicsByItem.values().forEach(byScope::add);
    for (Cooccurrence.Pair pair : byScope.above(threshold, minSize)) {
      report(ctx, active, pair, "scope items", "", List.of());
    }
  }

  /** The active topics of the pairs, marked by id. */
  private static boolean[] marked(List<Cooccurrence.Pair> pairs, Map<String, Integer> ids) {
    boolean[] marked = new boolean[ids.size()];
    for (Cooccurrence.Pair p : pairs) {
      marked[ids.get(p.a())] = true;
      marked[ids.get(p.b())] = true;
    }
    return marked;
  }

  /** One key for the unordered pair of active topic ids. */
  private static long key(int a, int b) {
    return (long) Math.min(a, b) << 32 | Math.max(a, b);
  }

  /**
   * The first few shared recommendations of each firing pair, in source order, by pair key, in one
   * pass that reads only recommendations tagged with a topic of a firing pair.
   */
  private static Map<Long, List<Recommendation>> firstMembers(RuleContext ctx, TopicTags tags, int[] activeIds,
      List<Cooccurrence.Pair> firing, Map<String, Integer> ids) {
    Map<Long, TreeSet<Recommendation>> best = new HashMap<>();
    boolean[] involved = marked(firing, ids);
    for (Cooccurrence.Pair p : firing) {
      best.put(key(ids.get(p.a()), ids.get(p.b())), new TreeSet<>(SOURCE_ORDER));
    }
    List<Recommendation> recs = ctx.anthology().recommendations();
    TopicIds topics = new TopicIds();
    for (int r = 0; r < tags.size() && !firing.isEmpty(); r++) {
      if (!tagsAny(tags, r, activeIds, involved)) {
        continue;
      }
      topics.setActive(tags, r, activeIds);
      for (int i = 0; i < topics.size(); i++) {
        for (int j = i + 1; j < topics.size(); j++) {
          TreeSet<Recommendation> kept = best.get(key(topics.ids()[i], topics.ids()[j]));
          if (kept != null) {
            kept.add(recs.get(r));
            if (kept.size() > SHOWN_MEMBERS) {
              kept.pollLast();
            }
          }
        }
      }
    }
    Map<Long, List<Recommendation>> out = new HashMap<>();
    best.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  private static boolean tagsAny(TopicTags tags, int rec, int[] activeIds, boolean[] marked) {
    for (int at = tags.start(rec); at < tags.end(rec); at++) {
      int id = activeIds[tags.tag(at)];
      if (id >= 0 && marked[id]) {
        return true;
      }
    }
    return false;
  }

  private static void report(RuleContext ctx, Map<String, SourceSpan> spans, Cooccurrence.Pair pair,
      String what, String chance, List<String> members) {
    String message = String.format(Locale.ROOT,
        "topics `%s` and `%s` share %d of %d %s (%.0f%% of the smaller, above the %.0f%% threshold%s);"
            + " merge them",
        pair.a(), pair.b(), pair.shared(), Math.min(pair.sizeA(), pair.sizeB()), what,
        pair.overlap() * 100, ctx.option(THRESHOLD) * 100, chance);
    if (!members.isEmpty()) {
      message += " (shared: " + String.join(", ", members)
          + (pair.shared() > members.size() ? ", ..." : "") + ")";
    }
    ctx.at(spans.get(pair.a()), message)
        .related(spans.get(pair.b()), "`" + pair.b() + "` is defined or first used here")
        .pointer(Pointers.topic(pair.a()) + "+" + pair.b())
        .report();
  }

  static String normalise(Scalar item) {
    return item.text().trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
