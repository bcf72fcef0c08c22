package io.github.anthology.render.template;

import io.github.anthology.model.Status;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.render.view.Entry;
import io.github.anthology.render.view.RegistryView;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.RegistryIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data a template sees (documented in docs/templates.md): {@code registry}, {@code papers},
 * {@code recommendations}, {@code recommendations_by_status}, {@code recommendations_by_topic},
 * {@code topics}, {@code statistics}, {@code findings}, {@code changelog}, the rendered documents
 * ({@code registry_markdown}, {@code topics_markdown}, {@code changelog_markdown}), {@code date}
 * and {@code templates} (the section names). Values are maps, lists and strings only.
 */
public final class TemplateModel {
  private TemplateModel() {}

  /** What a build knows besides the registry: its documents, findings, changelog and date. */
  public record Documents(String registryMarkdown, String topicsMarkdown, Optional<String> changelogMarkdown,
      Optional<Map<String, Object>> changelog, List<Finding> findings, Optional<LocalDate> date) {}

  public static Map<String, Object> of(RegistryView view, Documents docs) {
    Map<String, Object> model = new LinkedHashMap<>();
    List<Map<String, Object>> recommendations = view.entries().stream().map(TemplateModel::recommendation).toList();
    model.put("registry", Map.of("title", "ML Training Recommendations Registry", "summary", view.summary(),
        "recommendations", view.entries().size(), "papers", view.anthology().papers().size(),
        "schema_version", view.anthology().schemaVersion()));
    model.put("papers", view.anthology().papers().stream().map(p -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("title", p.title());
      m.put("arxiv_id", p.arxivIdText().orElse(""));
      m.put("first_author", p.firstAuthorText() == null ? "" : p.firstAuthorText());
      m.put("year", p.yearValue() == null ? "" : p.yearValue());
      m.put("topics", texts(p.topics()));
      m.put("experimental", p.isExperimental());
      m.put("attic", p.attic().isPresent());
      m.put("recommendations", p.recommendations().size());
      return (Object) m;
    }).toList());
    model.put("recommendations", recommendations);
    Map<String, Object> byStatus = new LinkedHashMap<>();
    for (Status s : Status.values()) {
      byStatus.put(s.label(), recommendations.stream().filter(r -> r.get("status").equals(s.label())).toList());
    }
    model.put("recommendations_by_status", byStatus);
    Map<String, List<Map<String, Object>>> byTopic = new LinkedHashMap<>();
    recommendations.forEach(r -> byTopic.computeIfAbsent((String) r.get("topic"), t -> new ArrayList<>()).add(r));
    model.put("recommendations_by_topic", byTopic);
    model.put("topics", new RegistryIndex(view.anthology()).taxonomy().topics().stream().map(TemplateModel::topic).toList());
    model.put("statistics", view.statistics().stream().map(s -> (Object) Map.of("topic", s.name(), "count", s.count(),
        "earliest", s.earliest().isPresent() ? s.earliest().getAsInt() : "", "latest", s.latest().isPresent() ? s.latest().getAsInt() : ""))
        .toList());
    model.put("findings", docs.findings().stream().map(f -> (Object) Map.of("rule", f.ruleId(), "severity", f.severity().label(),
        "message", f.message(), "file", f.span().file(), "line", f.span().line(), "column", f.span().column())).toList());
    model.put("changelog", docs.changelog().orElse(null));
    model.put("registry_markdown", docs.registryMarkdown());
    model.put("topics_markdown", docs.topicsMarkdown());
    model.put("changelog_markdown", docs.changelogMarkdown().orElse(""));
    model.put("date", docs.date().map(LocalDate::toString).orElse(""));
    return model;
  }

  private static Map<String, Object> recommendation(Entry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id().orElse(""));
    m.put("text", e.text());
    m.put("topic", e.topic());
    m.put("secondary", e.secondaryTopics());
    m.put("status", e.status().label());
    m.put("year", e.year().isPresent() ? e.year().getAsInt() : "");
    m.put("paper", Map.of("title", e.paperTitle().orElse(""), "arxiv_id", e.arxivId().orElse(""),
        "first_author", e.firstAuthor().orElse("")));
    m.put("implementations", e.implementations());
    m.put("superseded_by", texts(e.recommendation().supersededBy()));
    return m;
  }

  private static Object topic(Topic t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", t.nameText());
    m.put("kind", t.kindText().map(Scalar::text).orElse(""));
    m.put("summary", t.summary().orElse(""));
    m.put("scope", texts(t.scope()));
    m.put("parent", t.parent().map(Scalar::text).orElse(""));
    m.put("related", texts(t.related()));
    m.put("previously", texts(t.previously()));
    m.put("status", t.isDeprecated() ? "deprecated" : "active");
    m.put("replaced_by", t.deprecation().flatMap(d -> d.replacedBy()).map(Scalar::text).orElse(""));
    return m;
  }

  private static List<String> texts(List<Scalar> scalars) {
    return scalars.stream().map(Scalar::text).toList();
  }
}
