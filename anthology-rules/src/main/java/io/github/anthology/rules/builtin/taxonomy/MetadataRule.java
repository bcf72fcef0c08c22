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
import java.util.List;

/**
 * Every active topic of a declared taxonomy says what it is: a kind (process or component), a
 * summary and scope items; its key references name papers of the registry. Undefined parents are
 * reported by {@code taxonomy/unknown-topic}.
 */
@RuleInfo(
    id = "taxonomy/metadata",
    summary = "Active topics have a kind, a summary and scope items; key references resolve.",
    severity = Severity.WARNING)
public final class MetadataRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Taxonomy taxonomy = ctx.index().taxonomy();
    if (!taxonomy.declared()) {
      return;
    }
    boolean hasPapers = !ctx.anthology().papers().isEmpty();
    for (Topic topic : taxonomy.topics()) {
      if (topic.isDeprecated()) {
        continue;
      }
      List<String> missing = new ArrayList<>();
      if (topic.kind().isEmpty() && topic.kindText().isEmpty()) {
        missing.add("`kind` (process or component)");
      }
      if (topic.summary().map(String::isBlank).orElse(true)) {
        missing.add("`summary`");
      }
      if (topic.scope().isEmpty()) {
        missing.add("`scope` items");
      }
      String name = topic.nameText();
      if (!missing.isEmpty()) {
        ctx.at(topic.name().span(), "topic `" + name + "` has no " + String.join(", no ", missing)
                + "; say what the topic covers")
            .pointer(Pointers.topic(name)).report();
      }
      topic.kindText().filter(k -> topic.kind().isEmpty()).ifPresent(k ->
          ctx.at(k.span(), "topic `" + name + "` has kind `" + k.text() + "`; write process or component")
              .pointer(Pointers.topic(name)).report());
      if (hasPapers) {
        for (Scalar ref : topic.keyReferences()) {
          if (!ctx.index().resolves(ref.text())) {
            ctx.at(ref.span(), "key reference `" + ref.text() + "` of topic `" + name
                    + "` names no paper of the registry; add the paper or correct the arXiv id")
                .pointer(Pointers.topic(name)).report();
          }
        }
      }
    }
  }
}
