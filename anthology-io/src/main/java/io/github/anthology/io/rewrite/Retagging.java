package io.github.anthology.io.rewrite;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * Retags every paper and recommendation of a research file by a mapping: the paper's {@code topics}
 * and a {@code sota} item's own {@code topic} and {@code secondary}. Reports each recommendation
 * whose primary topic afterwards is not an active topic of the mapping.
 */
final class Retagging {
  private final List<TextEdit> edits = new ArrayList<>();
  private final List<Recommendation> unresolved = new ArrayList<>();
  private final List<List<String>> unresolvedPrimary = new ArrayList<>();

  private Retagging() {}

  static Retagging of(LoadedRegistry registry, Layouts layouts, TopicMapping mapping, boolean primaryFirst) {
    Retagging r = new Retagging();
    for (Paper paper : registry.anthology().papers()) {
      r.paper(paper, layouts.of(paper.span().file()), mapping, primaryFirst);
    }
    return r;
  }

  private void paper(Paper paper, YamlLayout layout, TopicMapping mapping, boolean primaryFirst) {
    TagListEdits paperTags = TagListEdits.plan(paper.topics(), mapping, primaryFirst);
    edits.addAll(paperTags.edits(layout));
    int n = paper.topics().size();
    List<Scalar> inheritedPrimary = n == 0 ? List.of() : paper.topics().subList(0, 1);
    List<Scalar> inheritedSecondary = n <= 1 ? List.of() : paper.topics().subList(1, n);
    for (Recommendation rec : paper.recommendations()) {
      List<String> primary;
      if (rec.primaryTopics().equals(inheritedPrimary)) {
        primary = paperTags.result().isEmpty() ? List.of() : paperTags.result().subList(0, 1);
      } else {
        TagListEdits own = TagListEdits.plan(rec.primaryTopics(), mapping, false);
        edits.addAll(own.edits(layout));
        primary = own.result();
      }
      if (!rec.secondaryTopics().equals(inheritedSecondary)) {
        edits.addAll(TagListEdits.plan(rec.secondaryTopics(), mapping, false).edits(layout));
      }
      if (primary.size() != 1 || !mapping.isActive(primary.get(0))) {
        unresolved.add(rec);
        unresolvedPrimary.add(primary);
      }
    }
  }

  List<TextEdit> edits() {
    return edits;
  }

  /** Recommendations left without one active primary topic. */
  List<Recommendation> unresolved() {
    return unresolved;
  }

  /** The primary topics each of {@link #unresolved()} is left with. */
  List<String> primaryOf(int index) {
    return unresolvedPrimary.get(index);
  }
}
