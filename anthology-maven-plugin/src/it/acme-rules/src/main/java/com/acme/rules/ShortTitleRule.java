package com.acme.rules;

import io.github.anthology.model.Paper;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;

/** A paper's title has two words or more. */
@RuleInfo(id = "acme/short-title", summary = "A paper's title has two words or more.",
    severity = Severity.WARNING, documentationUrl = "https://rules.acme.example/short-title")
public final class ShortTitleRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Paper p : ctx.anthology().papers()) {
      if (p.title().trim().split("\\s+").length < 2) {
        ctx.at(p.span(), "title `" + p.title() + "` is one word; give the paper's full title").report();
      }
    }
  }
}
