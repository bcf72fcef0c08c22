package io.github.anthology.rules.builtin.naming;

import io.github.anthology.model.Topic;
import io.github.anthology.model.TopicKind;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;

/** Process topics name their process with a gerund: training-optimization, model-scaling. */
@RuleInfo(
    id = "naming/process-gerund",
    summary = "Process topics use a gerund (-ing) word, as in training-optimization.",
    severity = Severity.WARNING)
public final class ProcessGerundRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Topic topic : ctx.index().taxonomy().topics()) {
      if (topic.kind().orElse(null) != TopicKind.PROCESS || topic.isDeprecated()) {
        continue;
      }
      String name = topic.nameText();
      if (TopicNames.words(name).stream().noneMatch(TopicNames::isGerund)) {
        ctx.at(topic.name().span(),
                "process topic `" + name + "` has no gerund; name the process with an -ing word"
                    + " (as in `training-optimization`, `model-scaling`), or make it a component")
            .pointer(Pointers.topic(name))
            .report();
      }
    }
  }
}
