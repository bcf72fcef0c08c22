package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Edits;
import io.github.anthology.rules.api.Fix;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Retired topic names are no longer used: a deprecated topic, or a name an active topic lists
 * under {@code previously}. The fix retags the use with the successor.
 */
@RuleInfo(
    id = "taxonomy/retired-topic",
    summary = "Tags and taxonomy links do not use deprecated or consolidated topic names.",
    severity = Severity.WARNING,
    fixable = true)
public final class RetiredTopicRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Taxonomy taxonomy = ctx.index().taxonomy();
    if (!taxonomy.declared()) {
      return;
    }
    Map<String, Successors.Retired> retired = Successors.of(taxonomy);
    if (retired.isEmpty()) {
      return;
    }
    List<Scalar> uses = new ArrayList<>();
    ctx.index().topicUses().forEach((name, places) -> {
      if (retired.containsKey(name)) {
        uses.addAll(places);
      }
    });
    for (Topic t : taxonomy.topics()) {
      if (!t.isDeprecated()) {
        t.parent().ifPresent(uses::add);
        uses.addAll(t.related());
      }
    }
    for (Scalar use : uses) {
      Successors.Retired r = retired.get(use.text());
      if (r == null) {
        continue;
      }
      RuleContext.Report report = ctx.at(use.span(), "topic `" + r.name() + "` is retired ("
              + r.why() + ")" + r.successor().map(s -> "; retag it `" + s + "`")
                  .orElse("; choose an active topic"))
          .related(r.where(), "retired here")
          .pointer(Pointers.topic(r.name()));
      r.successor().ifPresent(s ->
          report.fix(new Fix("retag `" + r.name() + "` as `" + s + "`", List.of(Edits.replaceText(use, s)))));
      report.report();
    }
  }
}
