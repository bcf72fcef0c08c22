package io.github.anthology.io.rewrite;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The topic conventions' maintenance operations, as text edits to taxonomy.yaml and research.yaml: rename, deprecate
 * (with reason, date and successor kept), and merge (every recommendation migrated, every reference
 * updated). A retired name is kept in its successor's {@code previously} list so it stays
 * resolvable.
 */
public final class TopicOperations {
  private TopicOperations() {}

  /** Renames a topic, every tag and reference to it, and records the old name under {@code previously}. */
  public static Rewrite rename(LoadedRegistry registry, String old, String renamed) throws ReadException {
    List<Problem> problems = new ArrayList<>();
    Optional<TopicRequest> req = TopicRequest.of(registry, problems);
    if (req.isEmpty()) {
      throw TopicRequest.refused(problems);
    }
    Optional<Topic> topic = req.get().active(old);
    if (topic.isEmpty() || !req.get().free(renamed)) {
      throw TopicRequest.refused(req.get().problems);
    }
    Layouts layouts = new Layouts(registry);
    TaxonomyEdits taxonomy = new TaxonomyEdits(req.get().taxonomy, layouts);
    taxonomy.add(TextEdit.replaceText(topic.get().name(), renamed));
    taxonomy.append(topic.get(), "previously", List.of(old));
    Map<String, String> pairs = Map.of(old, renamed);
    taxonomy.renameReferences(pairs);
    return finish(registry, layouts, taxonomy, pairs, List.of());
  }

  /** Marks a topic deprecated; with a successor, its tags and references move to the successor. */
  public static Rewrite deprecate(LoadedRegistry registry, String name, String reason, Optional<String> replacedBy,
      String date) throws ReadException {
    List<Problem> problems = new ArrayList<>();
    Optional<TopicRequest> req = TopicRequest.of(registry, problems);
    if (req.isEmpty()) {
      throw TopicRequest.refused(problems);
    }
    Optional<Topic> topic = req.get().active(name);
    Optional<Topic> successor = replacedBy.flatMap(s -> req.get().active(s));
    if (topic.isEmpty() || (replacedBy.isPresent() && successor.isEmpty()) || replacedBy.filter(name::equals).isPresent()) {
      if (replacedBy.filter(name::equals).isPresent()) {
        req.get().problems.add(new Problem(req.get().where(), "a topic cannot replace itself"));
      }
      throw TopicRequest.refused(req.get().problems);
    }
    Layouts layouts = new Layouts(registry);
    TaxonomyEdits taxonomy = new TaxonomyEdits(req.get().taxonomy, layouts);
    markDeprecated(taxonomy, topic.get(), reason, date, replacedBy);
    Map<String, String> pairs = replacedBy.map(s -> Map.of(name, s)).orElse(Map.of());
    successor.ifPresent(s -> taxonomy.append(s, "previously", namesOf(topic.get())));
    taxonomy.renameReferences(pairs);
    List<Problem> left = new ArrayList<>();
    if (replacedBy.isEmpty()) {
      registry.anthology().recommendations().stream()
          .filter(r -> r.primaryTopics().stream().anyMatch(t -> t.text().equals(name)))
          .forEach(r -> left.add(new Problem(r.textSpan(), "recommendation still has the deprecated topic `" + name
              + "` as its primary; retag it, or deprecate with --replaced-by to migrate it")));
    }
    return finish(registry, layouts, taxonomy, pairs, left);
  }

  /** Merges topics into one: each is deprecated in favour of it, and its tags and scope move to it. */
  public static Rewrite merge(LoadedRegistry registry, List<String> sources, String into, String date)
      throws ReadException {
    List<Problem> problems = new ArrayList<>();
    Optional<TopicRequest> req = TopicRequest.of(registry, problems);
    if (req.isEmpty()) {
      throw TopicRequest.refused(problems);
    }
    Optional<Topic> target = req.get().active(into);
    List<Topic> merged = new ArrayList<>();
    for (String s : sources) {
      if (!s.equals(into)) {
        req.get().active(s).ifPresent(merged::add);
      }
    }
    if (target.isEmpty() || !req.get().problems.isEmpty() || merged.isEmpty()) {
      if (merged.isEmpty() && req.get().problems.isEmpty()) {
        req.get().problems.add(new Problem(req.get().where(), "nothing to merge: name topics other than `" + into + "`"));
      }
      throw TopicRequest.refused(req.get().problems);
    }
    Layouts layouts = new Layouts(registry);
    TaxonomyEdits taxonomy = new TaxonomyEdits(req.get().taxonomy, layouts);
    Map<String, String> pairs = new LinkedHashMap<>();
    for (Topic t : merged) {
      markDeprecated(taxonomy, t, "merged into " + into, date, Optional.of(into));
      pairs.put(t.nameText(), into);
      taxonomy.append(target.get(), "previously", namesOf(t));
      taxonomy.append(target.get(), "scope", t.scope().stream().map(Scalar::text).toList());
    }
    taxonomy.renameReferences(pairs);
    return finish(registry, layouts, taxonomy, pairs, List.of());
  }

  /**
   * Splits a topic into new ones: each is added with the old topic's kind, the old topic is
   * deprecated ({@code split into ...}) with the first new topic as its successor, and its
   * recommendations move to that first topic, from where a curator moves those that belong to
   * the others (the dividing criteria are a person's call).
   */
  public static Rewrite split(LoadedRegistry registry, String name, List<String> into, String date)
      throws ReadException {
    List<Problem> problems = new ArrayList<>();
    Optional<TopicRequest> req = TopicRequest.of(registry, problems);
    if (req.isEmpty()) {
      throw TopicRequest.refused(problems);
    }
    Optional<Topic> topic = req.get().active(name);
    boolean free = into.size() >= 2 && into.stream().distinct().count() == into.size()
        && into.stream().allMatch(req.get()::free);
    if (topic.isEmpty() || !free) {
      if (into.size() < 2 || into.stream().distinct().count() != into.size()) {
        req.get().problems.add(new Problem(req.get().where(), "a split needs two or more different new topics"));
      }
      throw TopicRequest.refused(req.get().problems);
    }
    Layouts layouts = new Layouts(registry);
    TaxonomyEdits taxonomy = new TaxonomyEdits(req.get().taxonomy, layouts);
    for (String part : into) {
      List<String> lines = new ArrayList<>(List.of("name: " + YamlValues.scalar(part)));
      topic.get().kindText().ifPresent(k -> lines.add("kind: " + YamlValues.scalar(k.text())));
      lines.add("summary: " + YamlValues.scalar("Split from " + name + " on " + date));
      lines.add("previously: " + YamlValues.flowList(part.equals(into.get(0)) ? namesOf(topic.get()) : List.of()));
      taxonomy.addTopic(lines);
    }
    markDeprecated(taxonomy, topic.get(), "split into " + String.join(", ", into), date, Optional.of(into.get(0)));
    Map<String, String> pairs = Map.of(name, into.get(0));
    taxonomy.renameReferences(pairs);
    return finish(registry, layouts, taxonomy, pairs, List.of());
  }

  /** A retiring topic's name and the names it had consolidated: all now resolve to its successor. */
  private static List<String> namesOf(Topic topic) {
    List<String> names = new ArrayList<>(List.of(topic.nameText()));
    topic.previously().forEach(p -> names.add(p.text()));
    return names;
  }

  private static void markDeprecated(TaxonomyEdits taxonomy, Topic topic, String reason, String date,
      Optional<String> replacedBy) {
    taxonomy.setKey(topic, "status", "deprecated");
    taxonomy.addKey(topic, "deprecated", TopicRequest.deprecation(reason, date, replacedBy));
  }

  private static Rewrite finish(LoadedRegistry registry, Layouts layouts, TaxonomyEdits taxonomy,
      Map<String, String> pairs, List<Problem> problems) throws ReadException {
    List<TextEdit> edits = new ArrayList<>(taxonomy.edits());
    if (!pairs.isEmpty()) {
      edits.addAll(Retagging.of(registry, layouts, TopicMapping.only(pairs), false).edits());
    }
    return new Rewrite(layouts.applyChecked(edits), problems);
  }
}
