package io.github.anthology.rules.builtin.citation;

import io.github.anthology.model.PaperMetadata;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;

/** A cited paper has not been withdrawn: its last arXiv version does not say so. */
@RuleInfo(
    id = "citation/withdrawn",
    summary = "A cited paper has not been withdrawn from arXiv.",
    severity = Severity.WARNING)
public final class WithdrawnRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (CitedPlace cited : CitedPlace.recorded(ctx.anthology())) {
      PaperMetadata m = cited.metadata();
      if (m.found() && m.withdrawn()) {
        ctx.report(cited.place().span(), "arXiv `" + cited.id() + "`" + m.title().map(t -> " (\"" + t + "\")").orElse("")
            + " has been withdrawn by its authors; cite another paper, or move it to the attic with the reason");
      }
    }
  }
}
