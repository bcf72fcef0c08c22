package io.github.anthology.rules.api;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.text.RecommendationWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Lookups that several rules need, each built once on first use and shared by every rule of a
 * run. Thread-safe.
 */
public final class RegistryIndex {
  private final Anthology anthology;
  private final Supplier<Map<String, List<Scalar>>> topicUses;
  private final Supplier<Taxonomy> taxonomy;
  private final Supplier<Map<String, List<Paper>>> papersByArxivId;
  private final Supplier<Map<String, List<Recommendation>>> recommendationsById;
  private final Supplier<Map<Recommendation, Paper>> papersOfRecommendations;
  private final Supplier<RecommendationWords> texts;
  private final Supplier<TopicTags> topicTags;

  public RegistryIndex(Anthology anthology) {
    this.anthology = anthology;
    this.topicUses = Lazy.of(() -> TopicUses.of(anthology, topicTags()));
    this.taxonomy = Lazy.of(this::effectiveTaxonomy);
    this.papersByArxivId = Lazy.of(this::collectPapers);
    this.recommendationsById = Lazy.of(this::collectRecommendations);
    this.papersOfRecommendations = Lazy.of(this::collectPapersOfRecommendations);
    this.texts = Lazy.of(() -> RecommendationWords.of(anthology.recommendations()));
    this.topicTags = Lazy.of(() -> TopicTags.of(anthology.recommendations()));
  }

  /**
   * Every place a topic name is used as a tag (paper topics and recommendation topics), in source
   * order, by name in order of first use; the same place is listed once even when a paper's tags
   * also serve as its recommendations' tags. The order is that of the files, never of the lists
   * in memory, so findings do not depend on how the registry was assembled.
   */
  public Map<String, List<Scalar>> topicUses() {
    return topicUses.get();
  }

  /**
   * The entries of {@link #topicUses} whose name {@code wanted} accepts, the same lists in the same
   * order, gathered without grouping the uses of every other name: for rules that look at a few
   * names (undefined, retired or deprecated ones) of a registry with millions of tags.
   */
  public Map<String, List<Scalar>> topicUses(Predicate<String> wanted) {
    return TopicUses.of(anthology, topicTags(), wanted);
  }

  /** The declared taxonomy, or, without one, a taxonomy of the topic names in use. */
  public Taxonomy taxonomy() {
    return taxonomy.get();
  }

  /** Papers by arXiv id text, each list in source order; longer than one: listed twice. */
  public Map<String, List<Paper>> papersByArxivId() {
    return papersByArxivId.get();
  }

  /** Recommendations by id text, in source order; a list longer than one is a duplicate id. */
  public Map<String, List<Recommendation>> recommendationsById() {
    return recommendationsById.get();
  }

  /**
   * The words of every recommendation text, read once for all the rules that compare texts, in
   * text order.
   */
  public RecommendationWords texts() {
    return texts.get();
  }

  /** The topic tags of every recommendation, in the anthology's order, as ids of the names in use. */
  public TopicTags topicTags() {
    return topicTags.get();
  }

  /**
   * The paper a recommendation was read under; empty for one read from a registry export. By
   * identity: the recommendation objects of the anthology itself, which hash and compare cheaply.
   */
  public Optional<Paper> paperOf(Recommendation rec) {
    return Optional.ofNullable(papersOfRecommendations.get().get(rec));
  }

  /** Whether a reference names a paper (by arXiv id) or a recommendation (by id) of the registry. */
  public boolean resolves(String reference) {
    String ref = reference.trim();
    return papersByArxivId().containsKey(ref) || recommendationsById().containsKey(ref);
  }

  /** The distinct topic names a recommendation is tagged with, primary first. */
  public static Set<String> topicsOf(Recommendation rec) {
    Set<String> names = new LinkedHashSet<>();
    for (Scalar s : rec.allTopics()) {
      names.add(s.text());
    }
    return names;
  }

  private Taxonomy effectiveTaxonomy() {
    if (anthology.taxonomy().isPresent()) {
      return anthology.taxonomy().get();
    }
    List<Topic> topics = new ArrayList<>();
    for (Map.Entry<String, List<Scalar>> e : topicUses().entrySet()) {
      Scalar first = e.getValue().get(0);
      topics.add(Topic.builder().name(first).span(first.span()).build());
    }
    return Taxonomy.builder().topics(topics).declared(false).build();
  }

  private Map<String, List<Paper>> collectPapers() {
    List<Paper> papers = new ArrayList<>(anthology.papers());
    papers.sort(Comparator.comparing(Paper::span));
    return ItemsByKey.of(papers, p -> p.arxivId().isPresent() ? p.arxivId().get().text().trim() : null);
  }

  private Map<Recommendation, Paper> collectPapersOfRecommendations() {
    Map<Recommendation, Paper> byRec = new IdentityHashMap<>(anthology.recommendations().size());
    for (Paper p : anthology.papers()) {
      for (Recommendation r : p.recommendations()) {
        byRec.put(r, p);
      }
    }
    return byRec;
  }

  /** Sorted only when the recommendations are not in source order already. */
  private Map<String, List<Recommendation>> collectRecommendations() {
    return ItemsByKey.of(inSourceOrder(anthology.recommendations()),
        r -> r.id().isPresent() ? r.id().get().text().trim() : null);
  }

  private static List<Recommendation> inSourceOrder(List<Recommendation> recs) {
    for (int i = 1; i < recs.size(); i++) {
      if (recs.get(i - 1).span().compareTo(recs.get(i).span()) > 0) {
        List<Recommendation> sorted = new ArrayList<>(recs);
        sorted.sort(Comparator.comparing(Recommendation::span));
        return sorted;
      }
    }
    return recs;
  }
}
