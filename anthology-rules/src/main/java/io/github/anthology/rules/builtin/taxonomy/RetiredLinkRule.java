package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Fix;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.List;
import java.util.Map;

/**
 * An active topic hangs under and points at active topics: its {@code parent} and its
 * {@code related} topics are neither deprecated nor a name some topic's {@code previously}
 * consolidates. The fix names the active successor when there is one.
 */
@RuleInfo(
    id = "taxonomy/retired-link",
    summary = "An active topic's parent and related topics are active, not deprecated or consolidated.",
    severity = Severity.WARNING,
    fixable = true)
public final class RetiredLinkRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Taxonomy taxonomy = ctx.index().taxonomy();
    Map<String, Successors.Retired> retired = Successors.of(taxonomy);
    if (retired.isEmpty()) {
      return;
    }
    for (Topic topic : SourceOrder.topics(taxonomy)) {
      if (topic.isDeprecated()) {
        continue;
      }
      topic.parent().ifPresent(p -> check(ctx, topic, p, "parent", retired));
      topic.related().forEach(r -> check(ctx, topic, r, "related topic", retired));
    }
  }

  private static void check(RuleContext ctx, Topic topic, Scalar link, String what,
      Map<String, Successors.Retired> retired) {
    Successors.Retired r = retired.get(link.text());
    if (r == null) {
      return;
    }
    String advice = r.successor().filter(s -> !s.equals(topic.nameText()))
        .map(s -> "; use `" + s + "`").orElse("; link an active topic or remove the link");
    RuleContext.Report report = ctx.at(link.span(), "the " + what + " `" + link.text() + "` of `"
            + topic.nameText() + "` is retired (" + r.why() + ")" + advice)
        .related(r.where(), "retired here")
        .pointer(Pointers.topic(topic.nameText()));
    r.successor().filter(s -> !s.equals(topic.nameText())).ifPresent(s ->
        report.fix(new Fix("link `" + s + "`", List.of(TextEdit.replace(link.span(), s)))));
    report.report();
  }
}
