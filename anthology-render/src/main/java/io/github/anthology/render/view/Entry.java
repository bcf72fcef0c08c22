package io.github.anthology.render.view;

import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.source.Scalar;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One recommendation as every output shows it: a key stable for the same input, the paper it was
 * drawn from (when known), its one topic and its year.
 */
public record Entry(String key, Recommendation recommendation, Optional<Paper> paper, String topic, OptionalInt year) {

  public String text() {
    return recommendation.text();
  }

  public Status status() {
    return recommendation.status();
  }

  public Optional<String> id() {
    return recommendation.id().map(Scalar::text);
  }

  public List<String> secondaryTopics() {
    return recommendation.secondaryTopics().stream().map(Scalar::text).filter(t -> !t.equals(topic)).toList();
  }

  public Optional<String> arxivId() {
    return recommendation.source().arxivId().or(() -> paper.flatMap(Paper::arxivIdText));
  }

  public Optional<String> paperTitle() {
    return recommendation.source().title().or(() -> paper.map(Paper::title));
  }

  public Optional<String> firstAuthor() {
    return recommendation.source().firstAuthor().or(() -> paper.flatMap(p -> p.firstAuthor().map(Scalar::text)));
  }

  public List<String> implementations() {
    return recommendation.implementations();
  }
}
