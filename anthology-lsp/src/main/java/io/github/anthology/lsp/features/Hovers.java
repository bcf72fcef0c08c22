package io.github.anthology.lsp.features;

import io.github.anthology.api.rules.RuleDescription;
import io.github.anthology.lsp.text.Document;
import io.github.anthology.lsp.text.LineMap;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/** Hover texts: a topic's scope, parent, status and use; a paper's title, author and year; a rule's summary and page. */
public final class Hovers {
  private Hovers() {}

  /**
   * @param doc the document
   * @param position where the cursor is
   * @param view its registry, if it has one that reflects the current text
   * @param rules the rules its workspace knows
   * @return the hover, if anything there has one
   */
  public static Optional<Hover> at(Document doc, Position position, Optional<View> view, List<RuleDescription> rules) {
    LineMap lines = new LineMap(doc.text());
    String line = doc.text().substring(lines.lineStart(position.getLine()), lines.lineEnd(position.getLine()));
    Optional<int[]> word = RuleWords.at(line, position.getCharacter(), doc.path().endsWith("anthology.yaml"));
    if (word.isPresent()) {
      String id = line.substring(word.get()[0], word.get()[1]);
      Optional<RuleDescription> rule = rules.stream().filter(r -> r.id().equals(id)).findFirst();
      if (rule.isPresent()) {
        return Optional.of(markdown(rule(rule.get())));
      }
    }
    if (view.isEmpty() || !view.get().current()) {
      return Optional.empty();
    }
    Anthology anthology = view.get().anthology();
    return Places.at(anthology, doc.path(), lines.offset(position)).map(place -> markdown(switch (place.role()) {
      case TOPIC -> topic(anthology, place.text());
      case PAPER -> paper(anthology, place.text());
      case RECOMMENDATION -> recommendation(anthology, place.text());
    }));
  }

  static String rule(RuleDescription rule) {
    return "**" + rule.id() + "** (" + rule.defaultLevel().label() + " by default" + (rule.fixable() ? ", fixable" : "")
        + rule.plugin().map(p -> ", from plugin " + p).orElse("") + ")\n\n" + rule.summary()
        + rule.documentationUrl().map(u -> "\n\n[Documentation](" + u + ")").orElse("");
  }

  static String topic(Anthology anthology, String name) {
    Optional<Topic> declared = TopicFacts.declared(anthology, name);
    if (declared.isEmpty()) {
      Optional<Topic> into = TopicFacts.consolidating(anthology, name);
      if (into.isPresent()) {
        return "`" + name + "` is a retired name: it is now part of `" + into.get().nameText() + "`\n\n---\n\n"
            + topic(anthology, into.get().nameText());
      }
      int[] uses = TopicFacts.uses(anthology, name);
      return "`" + name + "` is not a topic of the taxonomy" + (anthology.taxonomy().map(t -> !t.declared()).orElse(true)
          ? " (there is no taxonomy.yaml)" : "") + "\n\nRecommendations: " + count(uses);
    }
    Topic t = declared.get();
    StringBuilder out = new StringBuilder("**" + name + "**");
    t.kind().ifPresent(k -> out.append(" · ").append(k.name().toLowerCase(java.util.Locale.ROOT)));
    out.append(" · ").append(t.deprecation().map(d -> "deprecated" + d.reason().map(r -> " (" + r + ")").orElse("")
        + d.date().map(x -> " on " + x).orElse("") + TopicFacts.successor(t).map(s -> "; replaced by `" + s + "`").orElse(""))
        .orElse("active"));
    t.summary().ifPresent(s -> out.append("\n\n").append(s));
    if (!t.scope().isEmpty()) {
      out.append("\n\nScope: ").append(t.scope().stream().map(Scalar::text).collect(Collectors.joining("; ")));
    }
    out.append("\n\nParent: ").append(t.parent().map(p -> "`" + p.text() + "`").orElse("none"));
    out.append("\n\nRecommendations: ").append(count(TopicFacts.uses(anthology, name)));
    return out.toString();
  }

  private static String count(int[] uses) {
    return (uses[0] + uses[1]) + " (" + uses[0] + " primary, " + uses[1] + " secondary)";
  }

  static String paper(Anthology anthology, String id) {
    Optional<Paper> paper = Papers.byArxivId(anthology, id);
    if (paper.isEmpty()) {
      return "arXiv " + id + " is not a paper of this registry\n\n[arXiv](https://arxiv.org/abs/" + Papers.bare(id) + ")";
    }
    Paper p = paper.get();
    return "**" + p.title() + "**\n\n" + p.firstAuthor().map(Scalar::text).orElse("unknown author") + ", "
        + p.year().map(Scalar::text).orElse("year unknown") + " · [arXiv " + Papers.bare(id) + "](https://arxiv.org/abs/"
        + Papers.bare(id) + ")" + p.attic().map(a -> "\n\nIn the attic" + a.reason().map(r -> ": " + r).orElse("")).orElse("");
  }

  static String recommendation(Anthology anthology, String id) {
    return anthology.recommendations().stream().filter(r -> r.idText().filter(id::equals).isPresent()).findFirst()
        .map(r -> "**" + id + "** · " + r.status().name().toLowerCase(java.util.Locale.ROOT) + "\n\n" + r.text()
            + "\n\nTopic: " + r.primaryTopics().stream().map(s -> "`" + s.text() + "`").collect(Collectors.joining(", ")))
        .orElse("`" + id + "` is not a recommendation of this registry");
  }

  private static Hover markdown(String text) {
    return new Hover(new MarkupContent(MarkupKind.MARKDOWN, text));
  }
}
