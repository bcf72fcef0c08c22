package io.github.anthology.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.WithNull;

class QuickChecksProperties {
  private static final SourceSpan AT = new SourceSpan("r.yaml", 3, 5, 3, 15, 20, 30);

  /**
   * Checking property by property with the quick checks (a left-out key that names nothing makes
   * validate go property by property) finds exactly what the validator finds on whole beans.
   */
  @Property(tries = 300)
  void theQuickChecksNeverChangeWhatTheValidatorReports(
      @ForAll @StringLength(max = 4) @Chars({' ', '\t', '\u00a0', '\u2003', 'a', '\u0000', '\n'}) String text,
      @ForAll @WithNull @StringLength(max = 3) @Chars({' ', 'K', '\u00a0'}) String author,
      @ForAll @WithNull @StringLength(max = 5) @Chars({'1', '9', '2', '0', '5', 'x', ' '}) String year) {
    io.github.anthology.model.ImmutablePaper.Builder paper = Paper.builder().title(text).span(AT);
    if (author != null) {
      paper.firstAuthor(new Scalar(author, AT, false));
    }
    if (year != null) {
      paper.year(new Scalar(year, AT, false));
    }
    Recommendation rec = Recommendation.builder().text(text).textSpan(AT).span(AT).status(Status.STANDARD)
        .source(PaperRef.builder().build()).build();
    Anthology anthology = Anthology.builder().addPapers(paper.build()).addRecommendations(rec).build();
    List<Violation> whole = ModelValidator.validate(anthology);
    List<Violation> quick = ModelValidator.validate(anthology, Set.of("no such key"));
    assertThat(quick).usingRecursiveFieldByFieldElementComparator().isEqualTo(whole);
  }

  /** Patterns (ids, arXiv ids) are left to the validator; the plain constraints have quick checks. */
  @org.junit.jupiter.api.Test
  void theQuickChecksCoverThePlainConstraintsAndNoPattern() {
    assertThat(QuickChecks.OF.get(Recommendation.builder().text("t").textSpan(AT).span(AT).status(Status.STANDARD)
        .source(PaperRef.builder().build()).build().getClass())).containsOnlyKeys("text");
    assertThat(QuickChecks.OF.get(Paper.builder().title("t").span(AT).build().getClass()))
        .containsOnlyKeys("title", "firstAuthorText", "yearValue");
  }
}
