package io.github.anthology.rules;

import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.List;

/** Recommendations built in memory, each from its own paper unless told otherwise. */
public final class Recs {
  private Recs() {}

  public static Recommendation rec(int n, String paper, List<String> topics) {
    SourceSpan at = new SourceSpan("research.yaml", n + 1, 7, n + 1, 20, n * 100, n * 100 + 13);
    List<Scalar> tags = new java.util.ArrayList<>();
    for (int i = 0; i < topics.size(); i++) {
      int col = 30 + 10 * i;
      tags.add(new Scalar(topics.get(i),
          new SourceSpan("research.yaml", n + 1, col, n + 1, col + 5, n * 100 + col, n * 100 + col + 5), true));
    }
    return Recommendation.builder()
        .text("recommendation " + n)
        .textSpan(at)
        .span(at)
        .pointer("/recs/" + n)
        .primaryTopics(tags.isEmpty() ? List.of() : tags.subList(0, 1))
        .secondaryTopics(tags.size() <= 1 ? List.of() : tags.subList(1, tags.size()))
        .status(Status.STANDARD)
        .source(PaperRef.builder().title(paper).build())
        .build();
  }
}
