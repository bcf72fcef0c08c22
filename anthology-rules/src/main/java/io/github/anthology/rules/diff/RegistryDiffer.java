package io.github.anthology.rules.diff;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.RegistryIndex;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two versions of a registry. Papers are matched by arXiv id, else by normalised title;
 * recommendations by id, else by source paper and text (see {@link RecommendationDiffer});
 * topics by name, with renames, merges and splits read from {@code previously} and the deprecation
 * records; findings by file name, rule, entity and message. {@code between(b, a)} is always
 * {@code between(a, b).mirror()}, and {@code between(a, a)} is empty.
 */
public final class RegistryDiffer {
  private RegistryDiffer() {}

  /** The diff of the registries alone, without findings. */
  public static RegistryDiff between(Anthology old, Anthology now) {
    return between(old, List.of(), now, List.of());
  }

  public static RegistryDiff between(Anthology old, List<Finding> oldFindings, Anthology now, List<Finding> newFindings) {
    PaperDiffer papers = new PaperDiffer(old.papers(), now.papers());
    Map<Recommendation, Paper> paperOf = new IdentityHashMap<>();
    for (Anthology a : List.of(old, now)) {
      a.papers().forEach(p -> p.recommendations().forEach(r -> paperOf.put(r, p)));
    }
    RecommendationDiffer recommendations =
        new RecommendationDiffer(old.recommendations(), now.recommendations(), papers.identities(), paperOf);
    TopicDiffer topics = new TopicDiffer(new RegistryIndex(old).taxonomy(), new RegistryIndex(now).taxonomy());
    return new RegistryDiff(papers.section(), recommendations.section(), topics.section(),
        FindingDiffer.between(oldFindings, newFindings));
  }
}
