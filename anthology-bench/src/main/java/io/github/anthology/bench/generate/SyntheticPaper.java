package io.github.anthology.bench.generate;

import java.util.ArrayList;
import java.util.List;

/** A generated paper with its recommendations; {@code attic} is null for a current paper. */
public record SyntheticPaper(
    int year,
    String title,
    String arxivId,
    String author,
    String paperId,
    List<String> takeaways,
    List<String> topics,
    List<String> models,
    boolean experimental,
    SyntheticAttic attic,
    List<SyntheticRecommendation> recommendations) {

  /** The primary topic of one of its recommendations: the item's own, else the paper's first. */
  public String primaryTopic(SyntheticRecommendation rec) {
    return rec.topic() != null ? rec.topic() : topics.get(0);
  }

  /** The secondary topics of one of its recommendations: the item's own, else the paper's others. */
  public List<String> secondaryTopics(SyntheticRecommendation rec) {
    return rec.secondary() != null ? rec.secondary() : topics.subList(1, topics.size());
  }

  /** The effective status: the item's own, else deprecated in the attic, else experimental or standard. */
  public String status(SyntheticRecommendation rec) {
    if (rec.status() != null) {
      return rec.status();
    }
    return attic != null ? "deprecated" : experimental ? "experimental" : "standard";
  }

  SyntheticPaper withRecommendations(List<SyntheticRecommendation> recs) {
    return new SyntheticPaper(year, title, arxivId, author, paperId, takeaways, topics, models,
        experimental, attic, new ArrayList<>(recs));
  }
}
