package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every topic a registry or its taxonomy refers to is defined. Names that a topic lists under
 * {@code previously} are retired rather than unknown, and are left to the retired-topic rule.
 */
@RuleInfo(
    id = "taxonomy/unknown-topic",
    summary = "Topic tags and taxonomy references name defined topics.",
    severity = Severity.ERROR)
public final class UnknownTopicRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Taxonomy taxonomy = ctx.index().taxonomy();
    if (!taxonomy.declared()) {
      return;
    }
    Set<String> defined = taxonomy.byName().keySet();
    Set<String> retired = new HashSet<>();
    for (Topic t : taxonomy.topics()) {
      t.previously().forEach(p -> retired.add(p.text()));
    }
    for (List<Scalar> uses : ctx.index().topicUses(n -> !defined.contains(n) && !retired.contains(n)).values()) {
      for (Scalar s : uses) {
        checkName(ctx, s, "topic", defined, retired);
      }
    }
    for (Topic t : taxonomy.topics()) {
      List<Scalar> refs = new ArrayList<>(t.related());
      t.parent().ifPresent(refs::add);
      t.deprecation().flatMap(d -> d.replacedBy()).ifPresent(refs::add);
      for (Scalar ref : refs) {
        checkName(ctx, ref, "topic `" + t.nameText() + "` refers to", defined, Set.of());
      }
    }
  }

  private static void checkName(RuleContext ctx, Scalar s, String what, Set<String> defined, Set<String> retired) {
    String name = s.text();
    if (defined.contains(name) || retired.contains(name)) {
      return;
    }
    String hint = DidYouMean.closest(name, defined)
        .map(c -> "; did you mean `" + c + "`?")
        .orElse("; define it in the taxonomy or use a defined topic");
    ctx.at(s.span(), what + " `" + name + "` is not defined in the taxonomy" + hint)
        .pointer(Pointers.topic(name))
        .report();
  }
}
