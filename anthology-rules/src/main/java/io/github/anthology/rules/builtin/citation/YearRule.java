package io.github.anthology.rules.builtin.citation;

import io.github.anthology.model.Years;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Edits;
import io.github.anthology.rules.api.Fix;
import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's year is the year of its first arXiv version. With {@code venue-years} (the default) a
 * venue's year is accepted too: the year of the paper's journal reference, or a year next to the
 * first version's (a preprint of December 2021 at CVPR 2022; a paper of ICLR 2018 posted in April
 * 2019). Only papers whose title agrees with arXiv's are compared. The fix writes the first
 * version's year.
 */
@RuleInfo(
    id = "citation/year",
    summary = "A paper's year is the year of its first arXiv version (or of its venue).",
    severity = Severity.WARNING,
    fixable = true)
public final class YearRule implements Rule {
  static final Option<Boolean> VENUE_YEARS = Option.bool("venue-years",
      "also accept the year of the paper's venue: its journal reference's year, or the year before or"
          + " after its first version's", true);
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

  @Override
  public List<Option<?>> options() {
    return List.of(VENUE_YEARS);
  }

  @Override
  public void check(RuleContext ctx) {
    boolean venues = ctx.option(VENUE_YEARS);
    for (CitedPaper cited : CitedPaper.confirmed(ctx.anthology())) {
      Optional<Scalar> year = cited.paper().year();
      Optional<LocalDate> v1 = cited.metadata().firstVersion();
      Optional<Integer> written = year.flatMap(y -> Years.parse(y.text()));
      if (written.isEmpty() || v1.isEmpty()) {
        continue;
      }
      int first = v1.get().getYear();
      if (written.get() == first || venues && isVenueYear(written.get(), first, cited.metadata().journalRef())) {
        continue;
      }
      String message = "year " + written.get() + " is not the year of the first version of arXiv `"
          + cited.arxivId() + "`, v1 " + v1.get()
          + (venues ? ", nor a venue's year next to it" : "") + "; write " + first;
      ctx.at(year.get().span(), message)
          .related(cited.id().span(), "the arXiv id")
          .pointer(Pointers.paper(cited.paper()))
          .fix(new Fix("write year " + first, List.of(Edits.replaceText(year.get(), Integer.toString(first)))))
          .report();
    }
  }

  static boolean isVenueYear(int written, int first, Optional<String> journalRef) {
    if (Math.abs(written - first) <= 1) {
      return true;
    }
    if (journalRef.isPresent()) {
      Matcher m = YEAR.matcher(journalRef.get());
      while (m.find()) {
        if (Integer.parseInt(m.group()) == written) {
          return true;
        }
      }
    }
    return false;
  }
}
