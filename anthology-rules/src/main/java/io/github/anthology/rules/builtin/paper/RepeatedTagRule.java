package io.github.anthology.rules.builtin.paper;

import io.github.anthology.model.Paper;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Edits;
import io.github.anthology.rules.api.Fix;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A paper lists each topic once; a repeat is reported, and the fix removes it. */
@RuleInfo(
    id = "paper/repeated-tag",
    summary = "A paper lists each topic tag only once.",
    severity = Severity.WARNING,
    fixable = true)
public final class RepeatedTagRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Paper paper : ctx.anthology().papers()) {
      List<Scalar> tags = paper.topics();
      Map<String, Scalar> first = new HashMap<>();
      for (int i = 0; i < tags.size(); i++) {
        Scalar tag = tags.get(i);
        Scalar earlier = first.putIfAbsent(tag.text(), tag);
        if (earlier == null) {
          continue;
        }
        RuleContext.Report report = ctx.at(tag.span(), "topic `" + tag.text() + "` is listed twice in this paper's"
                + " topics; remove the repeat")
            .related(earlier.span(), "first listed here")
            .pointer(Pointers.paper(paper));
        Optional<String> text = ctx.source(tag.span().file());
        if (text.isPresent()) {
          report.fix(new Fix("remove the repeated `" + tag.text() + "`", List.of(Edits.removeItem(text.get(), tags, i))));
        }
        report.report();
      }
    }
  }
}
