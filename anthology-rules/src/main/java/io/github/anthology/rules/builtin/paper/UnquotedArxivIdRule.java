package io.github.anthology.rules.builtin.paper;

import io.github.anthology.model.Paper;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Fix;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.List;

/**
 * An arXiv id written without quotes is a number to YAML: {@code 2103.03400} would be read back
 * as {@code 2103.034} by most tools. The fix puts the id in double quotes.
 */
@RuleInfo(
    id = "paper/unquoted-arxiv-id",
    summary = "arXiv ids are quoted, so YAML tools do not read them as numbers.",
    severity = Severity.WARNING,
    fixable = true)
public final class UnquotedArxivIdRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Paper paper : ctx.anthology().papers()) {
      if (paper.arxivId().isEmpty() || !paper.arxivId().get().plain()) {
        continue;
      }
      Scalar id = paper.arxivId().get();
      if (!id.text().matches("[0-9.eE+-]+")) {
        continue;
      }
      ctx.at(id.span(), "arXiv id " + id.text() + " is unquoted, so YAML reads it as a number;"
              + " write it as \"" + id.text() + "\"")
          .pointer(Pointers.paper(paper))
          .fix(new Fix("quote " + id.text(),
              List.of(TextEdit.replace(id.span(), "\"" + id.text() + "\""))))
          .report();
    }
  }
}
