package io.github.anthology.bench.generate;

import java.util.List;

/** A whole generated registry: its taxonomy and its papers, ordered by year. */
public record SyntheticRegistry(List<SyntheticTopic> topics, List<SyntheticPaper> papers) {

  public int recommendationCount() {
    return papers.stream().mapToInt(p -> p.recommendations().size()).sum();
  }
}
