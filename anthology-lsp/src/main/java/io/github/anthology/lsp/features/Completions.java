package io.github.anthology.lsp.features;

import io.github.anthology.api.rules.RuleDescription;
import io.github.anthology.lsp.text.Document;
import io.github.anthology.lsp.text.LineMap;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionItemTag;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * Completion of topic names where a topic goes (active topics first; a retired name offers its
 * successor, which is what choosing it writes) and of rule ids in suppression comments and in
 * {@code anthology.yaml}.
 */
public final class Completions {
  private Completions() {}

  /**
   * @param doc the document
   * @param position the cursor
   * @param view its registry, current or as last read
   * @param rules the rules its workspace knows
   * @return the items; empty where nothing is completed
   */
  public static List<CompletionItem> at(Document doc, Position position, Optional<View> view, List<RuleDescription> rules) {
    LineMap lines = new LineMap(doc.text());
    int offset = lines.offset(position);
    int lineStart = lines.lineStart(position.getLine());
    String line = doc.text().substring(lineStart, lines.lineEnd(position.getLine()));
    boolean config = doc.path().endsWith("anthology.yaml");
    Optional<int[]> word = RuleWords.at(line, offset - lineStart, config && RuleWords.underRules(lines, position.getLine()));
    if (word.isPresent()) {
      Range range = lines.range(lineStart + word.get()[0], offset);
      return rules.stream().map(r -> rule(r, range)).toList();
    }
    Optional<Integer> slot = TopicSlot.at(lines, offset);
    if (slot.isEmpty() || view.isEmpty()) {
      return List.of();
    }
    return topics(view.get().anthology(), lines.range(slot.get(), offset));
  }

  private static CompletionItem rule(RuleDescription rule, Range range) {
    CompletionItem item = new CompletionItem(rule.id());
    item.setKind(CompletionItemKind.Value);
    item.setDetail(rule.summary());
    item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, Hovers.rule(rule)));
    item.setTextEdit(org.eclipse.lsp4j.jsonrpc.messages.Either.forLeft(new TextEdit(range, rule.id())));
    item.setSortText(rule.id());
    return item;
  }

  static List<CompletionItem> topics(Anthology anthology, Range range) {
    List<CompletionItem> items = new ArrayList<>();
    List<Topic> topics = anthology.taxonomy().map(t -> t.topics()).orElse(List.of());
    for (Topic t : topics) {
      if (!t.isDeprecated()) {
        CompletionItem item = item(t.nameText(), t.nameText(), range, "0 " + t.nameText());
        item.setDetail(t.summary().orElse("active topic"));
        item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, Hovers.topic(anthology, t.nameText())));
        items.add(item);
      }
    }
    for (Topic t : topics) {
      if (t.isDeprecated()) {
        items.add(retired(t.nameText(), TopicFacts.successor(t), range));
      }
      if (!t.isDeprecated()) {
        for (Scalar old : t.previously()) {
          items.add(retired(old.text(), Optional.of(t.nameText()), range));
        }
      }
    }
    return items;
  }

  private static CompletionItem retired(String name, Optional<String> successor, Range range) {
    CompletionItem item = item(name, successor.orElse(name), range, "1 " + name);
    item.setDetail(successor.map(s -> "retired: use " + s).orElse("retired, no successor"));
    item.setTags(List.of(CompletionItemTag.Deprecated));
    item.setFilterText(name);
    return item;
  }

  private static CompletionItem item(String label, String insert, Range range, String sort) {
    CompletionItem item = new CompletionItem(label);
    item.setKind(CompletionItemKind.EnumMember);
    item.setSortText(sort);
    item.setTextEdit(org.eclipse.lsp4j.jsonrpc.messages.Either.forLeft(new TextEdit(range, insert)));
    return item;
  }
}
