package io.github.anthology.io.rewrite;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.edit.ChangeSet;
import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.source.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Retags a registry by its taxonomy ({@code anthology migrate}): every tag that names a
 * retired topic (one in an active topic's {@code previously}, or a deprecated topic) becomes its
 * active successor, a tag the retagging makes a repeat is removed, and when a paper's first tag is
 * not a topic of the taxonomy the first one that is takes its place, so that each recommendation
 * has exactly one primary topic from the taxonomy. Tags that map to nothing are kept as they are
 * (they are secondary tags a curator may still want); only tag tokens are edited.
 */
public final class Migration {
  private Migration() {}

  public static Rewrite migrate(LoadedRegistry registry, Map<String, String> extraMappings) {
    Taxonomy taxonomy = registry.anthology().taxonomy().orElse(null);
    if (taxonomy == null) {
      return new Rewrite(new ChangeSet(), List.of(new Problem(
          SourceSpan.ofFile(String.join(", ", registry.anthology().sources())),
          "no taxonomy.yaml to migrate to; give its path with the research file")));
    }
    TopicMapping mapping = TopicMapping.of(taxonomy, extraMappings);
    for (Map.Entry<String, String> extra : extraMappings.entrySet()) {
      if (!mapping.isActive(extra.getValue())) {
        return new Rewrite(new ChangeSet(), List.of(new Problem(SourceSpan.ofFile(taxonomy.file().orElse("taxonomy")),
            "cannot map `" + extra.getKey() + "` to `" + extra.getValue() + "`: it is not an active topic of the taxonomy")));
      }
    }
    Layouts layouts = new Layouts(registry);
    Retagging retagging = Retagging.of(registry, layouts, mapping, true);
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < retagging.unresolved().size(); i++) {
      problems.add(new Problem(retagging.unresolved().get(i).textSpan(), unresolved(retagging.primaryOf(i))));
    }
    return new Rewrite(layouts.apply(retagging.edits()), problems);
  }

  private static String unresolved(List<String> primary) {
    if (primary.isEmpty()) {
      return "recommendation has no topic to migrate; tag its paper with a topic of the taxonomy";
    }
    if (primary.size() > 1) {
      return "recommendation states " + primary.size() + " primary topics " + primary
          + "; keep one under `topic` and move the others to `secondary`";
    }
    return "no tag of this recommendation maps to a topic of the taxonomy (its primary is `"
        + primary.get(0) + "`); add a tag to a topic's `previously` list, or pass --map "
        + primary.get(0) + "=TOPIC";
  }
}
