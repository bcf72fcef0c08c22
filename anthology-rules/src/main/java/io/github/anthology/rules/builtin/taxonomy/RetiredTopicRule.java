package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.Paper;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Retired topic names are no longer used: a deprecated topic, or a name an active topic lists
 * under {@code previously}. The fix retags the use with the successor, or, where the paper is
 * already tagged with the successor, removes the use, so no tag is repeated.
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
    ctx.index().topicUses(retired::containsKey).values().forEach(uses::addAll);
    for (Topic t : taxonomy.topics()) {
      if (!t.isDeprecated()) {
        t.parent().ifPresent(uses::add);
        uses.addAll(t.related());
      }
    }
    Map<Scalar, TextEdit> merges = merges(ctx, retired);
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
      TextEdit merge = merges.get(use);
      r.successor().ifPresent(s -> report.fix(merge != null
          ? new Fix("remove `" + r.name() + "`: the paper is already tagged `" + s + "`", List.of(merge))
          : new Fix("retag `" + r.name() + "` as `" + s + "`", List.of(Edits.replaceText(use, s)))));
      report.report();
    }
  }

  /**
   * The retired tags of a paper whose retagging would repeat a tag the paper has already (or will
   * have, from an earlier retired tag): their fix removes them, so the tags merge instead.
   */
  private static Map<Scalar, TextEdit> merges(RuleContext ctx, Map<String, Successors.Retired> retired) {
    Map<Scalar, TextEdit> merges = new HashMap<>();
    for (Paper paper : ctx.anthology().papers()) {
      List<Scalar> tags = paper.topics();
      Optional<String> text = tags.isEmpty() ? Optional.empty() : ctx.source(tags.get(0).span().file());
      if (text.isEmpty()) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < tags.size(); i++) {
        Successors.Retired r = retired.get(tags.get(i).text());
        String becomes = r == null ? tags.get(i).text() : r.successor().orElse(tags.get(i).text());
        if (!seen.add(becomes) && r != null && r.successor().isPresent()) {
          merges.put(tags.get(i), Edits.removeItem(text.get(), tags, i));
        }
      }
    }
    return merges;
  }
}
