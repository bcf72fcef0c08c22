package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.PaperRef;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * most {@code max-p-value}. With {@code measure: overlap} the coefficient alone decides.
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
    Cooccurrence byRecommendation = new Cooccurrence(names);
    Map<PaperRef, TopicIds> topicsByPaper = new HashMap<>();
    TopicIds topics = new TopicIds();
    int tagged = 0;
    for (Recommendation rec : ctx.anthology().recommendations()) {
      topics.clear();
      topics.addActive(rec.primaryTopics(), ids);
      topics.addActive(rec.secondaryTopics(), ids);
      if (!rec.primaryTopics().isEmpty() || !rec.secondaryTopics().isEmpty()) {
        tagged++;
      }
      if (topics.size() > 0) {
        byRecommendation.add(topics);
        topicsByPaper.computeIfAbsent(rec.source(), k -> new TopicIds()).addAll(topics);
      }
    }
    Cooccurrence byPaper = new Cooccurrence(names);
    topicsByPaper.values().forEach(byPaper::add);
    List<Cooccurrence.Pair> firing = new ArrayList<>();
    for (Cooccurrence.Pair pair : byRecommendation.above(threshold, minSize)) {
      if (byPaper.shared(pair.a(), pair.b()) >= ctx.option(MIN_SHARED_PAPERS)
          && (!beyondChance || Chance.ofSharing(pair, tagged) <= ctx.option(MAX_P_VALUE))) {
        firing.add(pair);
      }
    }
    Map<String, List<Recommendation>> members = firstMembers(ctx, firing);
    for (Cooccurrence.Pair pair : firing) {
      List<String> shown = members.get(pair.a() + "\n" + pair.b()).stream()
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

  /** The distinct active topics of a recommendation, primary first (a list: there are a handful). */
  private static List<String> activeTopics(Recommendation rec, Set<String> active) {
    List<String> names = new ArrayList<>(4);
    addActive(rec.primaryTopics(), active, names);
    addActive(rec.secondaryTopics(), active, names);
    return names;
  }

  private static void addActive(List<Scalar> tags, Set<String> active, List<String> names) {
    for (Scalar tag : tags) {
      String name = tag.text();
      if (active.contains(name) && !names.contains(name)) {
        names.add(name);
      }
    }
  }

  /** The first few shared recommendations of each firing pair, in source order, in one pass. */
  private static Map<String, List<Recommendation>> firstMembers(RuleContext ctx, List<Cooccurrence.Pair> firing) {
    Map<String, TreeSet<Recommendation>> best = new HashMap<>();
    Map<String, Set<String>> partners = new HashMap<>();
    for (Cooccurrence.Pair p : firing) {
      best.put(p.a() + "\n" + p.b(), new TreeSet<>(SOURCE_ORDER));
      partners.computeIfAbsent(p.a(), k -> new HashSet<>()).add(p.b());
    }
    Set<String> involved = new HashSet<>();
    firing.forEach(p -> involved.addAll(List.of(p.a(), p.b())));
    for (Recommendation rec : firing.isEmpty() ? List.<Recommendation>of() : ctx.anthology().recommendations()) {
      List<String> topics = activeTopics(rec, involved);
      for (String a : topics) {
        for (String b : partners.getOrDefault(a, Set.of())) {
          if (topics.contains(b)) {
            TreeSet<Recommendation> kept = best.get(a + "\n" + b);
            kept.add(rec);
            if (kept.size() > SHOWN_MEMBERS) {
              kept.pollLast();
            }
          }
        }
      }
    }
    Map<String, List<Recommendation>> out = new HashMap<>();
    best.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
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
