package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.stream.Collectors;

/** Every recommendation is tagged with exactly one primary topic. */
@RuleInfo(
    id = "taxonomy/single-primary-topic",
    summary = "Every recommendation has exactly one primary topic.",
    severity = Severity.ERROR)
public final class SinglePrimaryTopicRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Recommendation rec : ctx.anthology().recommendations()) {
      int count = rec.primaryTopics().size();
      if (count == 1) {
        continue;
      }
      String message = count == 0
          ? "recommendation has no primary topic; tag it with one (`topic:` on the item, or a"
              + " first topic on its paper)"
          : "recommendation has " + count + " primary topics ("
              + rec.primaryTopics().stream().map(Scalar::text).collect(Collectors.joining(", "))
              + "); keep exactly one and list the others under `secondary`";
      ctx.at(rec.textSpan(), message).pointer(Pointers.recommendation(rec)).report();
    }
  }
}
