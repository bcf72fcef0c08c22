package io.github.anthology.rules.builtin.citation;

import io.github.anthology.model.PersonName;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Edits;
import io.github.anthology.rules.api.Fix;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.List;

/**
 * A paper's {@code first_author} is the first author arXiv lists, compared by surname
 * ({@link Surnames}). Only papers whose title agrees with arXiv's are compared. The fix writes the
 * surname as arXiv spells it, in the form the entry used (surname, whole name, "et al.").
 */
@RuleInfo(
    id = "citation/first-author",
    summary = "A paper's first author is the first author arXiv lists.",
    severity = Severity.ERROR,
    fixable = true)
public final class FirstAuthorRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (CitedPaper cited : CitedPaper.confirmed(ctx.anthology())) {
      if (cited.paper().firstAuthor().isEmpty() || cited.metadata().firstAuthor().isEmpty()) {
        continue;
      }
      Scalar written = cited.paper().firstAuthor().get();
      PersonName author = cited.metadata().firstAuthor().get();
      if (Surnames.matches(written.text(), author)) {
        continue;
      }
      String replacement = replacement(written.text(), author);
      String was = "first author `" + written.text().trim() + "` ";
      String why = Surnames.isGivenName(written.text(), author)
          ? was + "is the given name of the first author of arXiv `" + cited.arxivId() + "`, " + author.display()
          : was + "is not the first author of arXiv `" + cited.arxivId() + "`, " + author.display();
      ctx.at(written.span(), why + "; write `" + replacement + "`")
          .related(cited.id().span(), "the arXiv id")
          .pointer(Pointers.paper(cited.paper()))
          .fix(new Fix("write first author " + replacement, List.of(Edits.replaceText(written, replacement))))
          .report();
    }
  }

  /** The surname, in the form the entry used: surname alone (the usual), whole name, or surname first; with "et al." if it had it. */
  static String replacement(String written, PersonName author) {
    String name = written.trim();
    String etAl = Surnames.hasEtAl(name) ? " et al." : "";
    String bare = Surnames.withoutEtAl(name);
    if (bare.contains(",") && !author.given().isEmpty()) {
      return author.surname() + ", " + author.given() + etAl;
    }
    if (bare.trim().contains(" ") && !author.given().isEmpty()) {
      return author.display() + etAl;
    }
    return author.surname() + etAl;
  }
}
