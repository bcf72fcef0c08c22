package io.github.anthology.rules.builtin.naming;

import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Edits;
import io.github.anthology.rules.api.Fix;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Topic names are hyphenated-lowercase; the fix renames the topic and every reference to it. */
@RuleInfo(
    id = "naming/format",
    summary = "Topic names are hyphenated-lowercase (training-optimization).",
    severity = Severity.ERROR,
    fixable = true)
public final class FormatRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Taxonomy taxonomy = ctx.index().taxonomy();
    Set<String> misnamed = new HashSet<>();
    taxonomy.topics().stream().map(Topic::nameText).filter(n -> !TopicNames.isHyphenatedLowercase(n)).forEach(misnamed::add);
    if (misnamed.isEmpty()) {
      return;
    }
    Map<String, List<Scalar>> uses = ctx.index().topicUses(misnamed::contains);
    for (Topic topic : taxonomy.topics()) {
      String name = topic.nameText();
      if (TopicNames.isHyphenatedLowercase(name)) {
        continue;
      }
      String fixed = TopicNames.toHyphenatedLowercase(name);
      List<Scalar> references = references(taxonomy, name, uses);
      RuleContext.Report report =
          ctx.at(topic.name().span(), message(name, fixed)).pointer(Pointers.topic(name));
      for (Scalar ref : references) {
        if (!ref.span().equals(topic.name().span())) {
          report.related(ref.span(), "`" + name + "` is also used here");
        }
      }
      if (!fixed.isEmpty() && !(taxonomy.declared() && taxonomy.find(fixed).isPresent())) {
        List<TextEdit> edits = new ArrayList<>();
        edits.add(Edits.replaceText(topic.name(), fixed));
        for (Scalar ref : references) {
          if (!ref.span().equals(topic.name().span())) {
            edits.add(Edits.replaceText(ref, fixed));
          }
        }
        report.fix(new Fix("rename `" + name + "` to `" + fixed + "`", edits));
      }
      report.report();
    }
  }

  private static String message(String name, String fixed) {
    String base = "topic `" + name + "` is not hyphenated-lowercase";
    return fixed.isEmpty() ? base + "; give it a name of lower-case words joined by hyphens"
        : base + "; rename it to `" + fixed + "`";
  }

  /** Every use of the name: tags, and in a declared taxonomy parents, related and successors. */
  private static List<Scalar> references(Taxonomy taxonomy, String name, Map<String, List<Scalar>> uses) {
    List<Scalar> refs = new ArrayList<>(uses.getOrDefault(name, List.of()));
    if (taxonomy.declared()) {
      for (Topic t : taxonomy.topics()) {
        t.parent().filter(p -> p.text().equals(name)).ifPresent(refs::add);
        t.related().stream().filter(r -> r.text().equals(name)).forEach(refs::add);
        t.deprecation().flatMap(d -> d.replacedBy()).filter(r -> r.text().equals(name)).ifPresent(refs::add);
      }
    }
    return refs;
  }
}
