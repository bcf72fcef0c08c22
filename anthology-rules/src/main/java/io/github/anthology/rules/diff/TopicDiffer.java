package io.github.anthology.rules.diff;

import io.github.anthology.model.Deprecation;
import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Topics added, removed and changed, and the taxonomy's consolidations: renamed, merged and split,
 * found from the names a topic lists as {@code previously} and from the {@code replaced_by} of a
 * deprecation record, read in either version so that the reverse diff finds the same links.
 */
final class TopicDiffer {
  private final Map<String, Topic> old;
  private final Map<String, Topic> now;
  private final Set<String> departing = new TreeSet<>();
  private final Set<String> arriving = new TreeSet<>();

  TopicDiffer(Taxonomy old, Taxonomy now) {
    this.old = old.byName();
    this.now = now.byName();
    active(this.old).stream().filter(n -> !active(this.now).contains(n)).forEach(departing::add);
    active(this.now).stream().filter(n -> !active(this.old).contains(n)).forEach(arriving::add);
  }

  DiffSection section() {
    Map<String, List<FieldChange>> staying = new LinkedHashMap<>();
    List<Modification> events = new ArrayList<>();
    Set<String> consumed = new HashSet<>();
    new TopicEvents(this).find(events, staying, consumed);
    List<DiffItem> added = new ArrayList<>();
    List<DiffItem> removed = new ArrayList<>();
    Set<String> names = new TreeSet<>(old.keySet());
    names.addAll(now.keySet());
    for (String name : names) {
      if (consumed.contains(name)) {
        continue;
      }
      Topic a = old.get(name);
      Topic b = now.get(name);
      if (a == null) {
        added.add(item(b));
      } else if (b == null) {
        removed.add(item(a));
      } else {
        Changes c = new Changes();
        List<FieldChange> consolidations = staying.getOrDefault(name, List.of());
        consolidations.forEach(c::add);
        fields(c, a, b, consolidations.isEmpty());
        if (!c.isEmpty()) {
          events.add(new Modification(item(a), item(b), c.list()));
        }
      }
    }
    return new DiffSection(added, removed, events);
  }

  /** Status, then the fields of the record, in a fixed order. */
  static void fields(Changes c, Topic a, Topic b, boolean withPreviously) {
    boolean wasActive = !a.isDeprecated();
    boolean isActive = !b.isDeprecated();
    if (wasActive != isActive) {
      c.add(FieldChange.of(isActive ? "reactivated" : "deprecated", status(a), status(b)));
    }
    c.value("kind", a.kindText().map(Scalar::text), b.kindText().map(Scalar::text))
        .value("summary", a.summary(), b.summary())
        .scalars("scope", a.scope(), b.scope())
        .scalar("parent", a.parent(), b.parent())
        .scalars("related", a.related(), b.related())
        .scalars("key_references", a.keyReferences(), b.keyReferences());
    if (withPreviously) {
      c.scalars("previously", a.previously(), b.previously());
    }
    c.scalar("replaced_by", a.deprecation().flatMap(Deprecation::replacedBy), b.deprecation().flatMap(Deprecation::replacedBy))
        .value("deprecation_reason", a.deprecation().flatMap(Deprecation::reason), b.deprecation().flatMap(Deprecation::reason));
  }

  static String status(Topic t) {
    return t.isDeprecated() ? "deprecated" : "active";
  }

  static DiffItem item(Topic t) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", t.nameText());
    t.kindText().ifPresent(k -> fields.put("kind", k.text()));
    fields.put("status", status(t));
    t.deprecation().flatMap(Deprecation::replacedBy).ifPresent(r -> fields.put("replaced_by", r.text()));
    return new DiffItem(t.nameText(), fields);
  }

  /** A group of topic names as one item of a consolidation: {@code a, b}. */
  static DiffItem group(List<String> names) {
    String joined = String.join(", ", names);
    return new DiffItem(joined, Map.of("name", joined));
  }

  Map<String, Topic> old() {
    return old;
  }

  Map<String, Topic> now() {
    return now;
  }

  Set<String> departing() {
    return departing;
  }

  Set<String> arriving() {
    return arriving;
  }

  boolean activeBefore(String name) {
    return isActive(old.get(name));
  }

  boolean activeAfter(String name) {
    return isActive(now.get(name));
  }

  /** Whether one topic was consolidated into the other: the links read in both versions. */
  boolean linked(String from, String to) {
    return lists(now.get(to), from) || lists(old.get(from), to) || replaces(now.get(from), to) || replaces(old.get(to), from);
  }

  private static boolean lists(Topic t, String name) {
    return t != null && t.previously().stream().anyMatch(p -> p.text().trim().equals(name));
  }

  private static boolean replaces(Topic deprecated, String name) {
    return Optional.ofNullable(deprecated).flatMap(Topic::deprecation).flatMap(Deprecation::replacedBy)
        .filter(r -> r.text().trim().equals(name)).isPresent();
  }

  private static boolean isActive(Topic t) {
    return t != null && !t.isDeprecated();
  }

  private static Set<String> active(Map<String, Topic> topics) {
    Set<String> names = new TreeSet<>();
    topics.forEach((n, t) -> {
      if (!t.isDeprecated()) {
        names.add(n);
      }
    });
    return names;
  }
}
