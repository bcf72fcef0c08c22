package io.github.anthology.rules.builtin.naming;

import io.github.anthology.model.Topic;
import io.github.anthology.model.TopicKind;
import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.List;

/** Component topics are nouns: model-architecture, not modeling-architecture. */
@RuleInfo(
    id = "naming/component-noun",
    summary = "Component topics use nouns, not gerunds (model-architecture).",
    severity = Severity.WARNING)
public final class ComponentNounRule implements Rule {
  static final Option<List<String>> ALLOW =
      Option.strings("allow", "-ing words accepted in component names because they are nouns",
          List.of("learning", "embedding"));

  @Override
  public List<Option<?>> options() {
    return List.of(ALLOW);
  }

  @Override
  public void check(RuleContext ctx) {
    List<String> allowed = ctx.option(ALLOW);
    for (Topic topic : ctx.index().taxonomy().topics()) {
      if (topic.kind().orElse(null) != TopicKind.COMPONENT || topic.isDeprecated()) {
        continue;
      }
      String name = topic.nameText();
      for (String word : TopicNames.words(name)) {
        if (TopicNames.isGerund(word) && !allowed.contains(word)) {
          ctx.at(topic.name().span(),
                  "component topic `" + name + "` uses the gerund `" + word
                      + "`; name components with nouns (as in `model-architecture`)")
              .pointer(Pointers.topic(name))
              .report();
          break;
        }
      }
    }
  }
}
