package io.github.anthology.io.rewrite;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The checks every topic operation starts with: a taxonomy to edit, and the topics it names. */
final class TopicRequest {
  final LoadedRegistry registry;
  final Taxonomy taxonomy;
  final List<Problem> problems = new ArrayList<>();

  private TopicRequest(LoadedRegistry registry, Taxonomy taxonomy) {
    this.registry = registry;
    this.taxonomy = taxonomy;
  }

  static Optional<TopicRequest> of(LoadedRegistry registry, List<Problem> problems) {
    Optional<Taxonomy> taxonomy = registry.anthology().taxonomy().filter(t -> t.file().isPresent());
    if (taxonomy.isEmpty()) {
      problems.add(new Problem(SourceSpan.ofFile(String.join(", ", registry.anthology().sources())),
          "no taxonomy.yaml here; topic operations edit the taxonomy, so give its path too"));
      return Optional.empty();
    }
    return Optional.of(new TopicRequest(registry, taxonomy.get()));
  }

  /** The request cannot be carried out as given: bad usage (exit code 2), each reason named. */
  static ReadException refused(List<Problem> problems) {
    if (problems.isEmpty()) {
      return new ReadException(SourceSpan.ofFile("."), "nothing to do");
    }
    return new ReadException(problems.get(0).span(),
        String.join("; ", problems.stream().map(Problem::message).distinct().toList()));
  }

  SourceSpan where() {
    return SourceSpan.ofFile(taxonomy.file().orElseThrow());
  }

  /** The active topic of that name, or a problem saying why there is none. */
  Optional<Topic> active(String name) {
    Optional<Topic> topic = taxonomy.find(name);
    if (topic.isEmpty()) {
      problems.add(new Problem(where(), "no topic `" + name + "` in the taxonomy"));
    } else if (topic.get().isDeprecated()) {
      problems.add(new Problem(topic.get().name().span(), "topic `" + name + "` is already deprecated"));
      return Optional.empty();
    }
    return topic;
  }

  /** Whether a new topic may take the name; a problem says why not. */
  boolean free(String name) {
    if (taxonomy.find(name).isPresent()) {
      problems.add(new Problem(taxonomy.find(name).get().name().span(), "topic `" + name
          + "` already exists; to fold one topic into another use `anthology topic merge`"));
      return false;
    }
    return true;
  }

  /** The {@code deprecated} record the topic conventions ask for: reason, date, successor. */
  static String deprecation(String reason, String date, Optional<String> replacedBy) {
    return "{reason: " + YamlValues.scalar(reason) + ", date: " + date
        + replacedBy.map(s -> ", replaced_by: " + YamlValues.scalar(s)).orElse("") + "}";
  }
}
