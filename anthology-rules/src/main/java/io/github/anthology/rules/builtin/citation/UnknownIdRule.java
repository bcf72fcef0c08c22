package io.github.anthology.rules.builtin.citation;

import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;

/**
 * A cited arXiv id exists: the lock file records the ids arXiv said it has no paper for. Only a
 * source that can tell (the arXiv API) records that; a snapshot never does, since an id it lacks
 * may only be newer than the snapshot.
 */
@RuleInfo(
    id = "citation/unknown-id",
    summary = "A cited arXiv id names a paper that exists.",
    severity = Severity.ERROR)
public final class UnknownIdRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (CitedPlace cited : CitedPlace.recorded(ctx.anthology())) {
      if (!cited.metadata().found()) {
        ctx.report(cited.place().span(), "arXiv has no paper `" + cited.id() + "` (" + cited.metadata().source()
            + ", recorded in the lock file); correct the id");
      }
    }
  }
}
