package io.github.anthology.io.rewrite;

import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.TextEdit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Edits that turn a list of tags as written into a wanted list: each tag is retagged, a tag that
 * repeats an earlier one is removed, and, when asked, the first active topic is swapped to the
 * front so it becomes the primary. Only tag tokens change.
 */
final class TagListEdits {
  private final List<Scalar> tags;
  private final List<Integer> kept = new ArrayList<>();
  private final List<String> wanted = new ArrayList<>();

  private TagListEdits(List<Scalar> tags, TopicMapping mapping, boolean primaryFirst, Set<String> drop) {
    this.tags = tags;
    Set<String> seen = new HashSet<>(drop);
    for (int i = 0; i < tags.size(); i++) {
      String name = mapping.retag(tags.get(i).text());
      if (seen.add(name)) {
        kept.add(i);
        wanted.add(name);
      }
    }
    if (primaryFirst && !wanted.isEmpty() && !mapping.isActive(wanted.get(0))) {
      for (int j = 1; j < wanted.size(); j++) {
        if (mapping.isActive(wanted.get(j))) {
          wanted.set(j, wanted.set(0, wanted.get(j)));
          break;
        }
      }
    }
  }

  static TagListEdits plan(List<Scalar> tags, TopicMapping mapping, boolean primaryFirst) {
    return new TagListEdits(tags, mapping, primaryFirst, Set.of());
  }

  /** A plan that also removes every tag that is (or is retagged to) one of {@code drop}. */
  static TagListEdits plan(List<Scalar> tags, TopicMapping mapping, Set<String> drop) {
    return new TagListEdits(tags, mapping, false, drop);
  }

  /** The tags after the edits, in order. */
  List<String> result() {
    return List.copyOf(wanted);
  }

  List<TextEdit> edits(YamlLayout layout) {
    if (tags.isEmpty()) {
      return List.of();
    }
    boolean removes = kept.size() < tags.size();
    if (removes && !layout.isBlockItem(tags.get(0).span())) {
      return List.of(rewriteFlowList(layout));
    }
    List<TextEdit> edits = new ArrayList<>();
    int k = 0;
    for (int i = 0; i < tags.size(); i++) {
      if (k < kept.size() && kept.get(k) == i) {
        if (!tags.get(i).text().equals(wanted.get(k))) {
          edits.add(TextEdit.replaceText(tags.get(i), wanted.get(k)));
        }
        k++;
      } else {
        edits.add(layout.removeBlockItem(tags.get(i).span()));
      }
    }
    return edits;
  }

  /** A flow list that loses items is written anew from its first item to its last, kept items as written. */
  private TextEdit rewriteFlowList(YamlLayout layout) {
    int start = tags.get(0).span().startOffset();
    int end = tags.get(tags.size() - 1).span().endOffset();
    List<String> pieces = new ArrayList<>();
    for (int k = 0; k < kept.size(); k++) {
      Scalar tag = tags.get(kept.get(k));
      String raw = layout.text().substring(tag.span().startOffset(), tag.span().endOffset());
      TextEdit e = TextEdit.replaceText(tag, wanted.get(k));
      int from = e.startOffset() - tag.span().startOffset();
      int to = e.endOffset() - tag.span().startOffset();
      pieces.add(raw.substring(0, from) + wanted.get(k) + raw.substring(to));
    }
    return new TextEdit(layout.file(), start, end, String.join(", ", pieces));
  }
}
