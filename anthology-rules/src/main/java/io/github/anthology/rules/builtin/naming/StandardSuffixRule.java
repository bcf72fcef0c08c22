package io.github.anthology.rules.builtin.naming;

import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.List;

/**
 * Declared topics end in a standard suffix. Free tags of a registry without a taxonomy are not
 * governed names, so only a declared taxonomy is checked.
 */
@RuleInfo(
    id = "naming/standard-suffix",
    summary = "Declared topics end in a standard suffix (-optimization, -techniques, ...).",
    severity = Severity.WARNING)
public final class StandardSuffixRule implements Rule {
  static final Option<List<String>> SUFFIXES =
      Option.strings("suffixes", "the accepted last words of a topic name",
          List.of("optimization", "techniques", "architecture", "pipeline"));

  @Override
  public List<Option<?>> options() {
    return List.of(SUFFIXES);
  }

  @Override
  public void check(RuleContext ctx) {
    Taxonomy taxonomy = ctx.index().taxonomy();
    if (!taxonomy.declared()) {
      return;
    }
    List<String> suffixes = ctx.option(SUFFIXES);
    for (Topic topic : taxonomy.topics()) {
      String name = topic.nameText();
      List<String> words = TopicNames.words(name);
      if (topic.isDeprecated() || suffixes.contains(words.get(words.size() - 1))) {
        continue;
      }
      ctx.at(topic.name().span(),
              "topic `" + name + "` does not end in a standard suffix (-"
                  + String.join(", -", suffixes) + "); rename it or add its suffix to the rule's"
                  + " `suffixes` option")
          .pointer(Pointers.topic(name))
          .report();
    }
  }
}
