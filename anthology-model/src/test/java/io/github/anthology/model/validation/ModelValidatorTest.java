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
import org.junit.jupiter.api.Test;

class ModelValidatorTest {
  private static final SourceSpan AT = new SourceSpan("r.yaml", 3, 5, 3, 15, 20, 30);

  private static Paper valid() {
    return Paper.builder()
        .title("Adam")
        .arxivId(new Scalar("1412.6980", AT, false))
        .firstAuthor(Scalar.of("Kingma"))
        .year(Scalar.of("2014"))
        .span(AT)
        .build();
  }

  private static List<Violation> validate(Paper paper, Recommendation... recs) {
    return ModelValidator.validate(
        Anthology.builder().addPapers(paper).addRecommendations(recs).build());
  }

  @Test
  void aCompletePaperHasNoViolations() {
    assertThat(validate(valid())).isEmpty();
  }

  @Test
  void aConstraintOnAnImmutablesAccessorFires() {
    Paper blank = Paper.builder().from(valid()).title(" ").build();
    assertThat(validate(blank)).extracting(Violation::property).containsExactly("title");
  }

  @Test
  void aMalformedArxivIdIsReportedAtTheId() {
    SourceSpan idSpan = new SourceSpan("r.yaml", 4, 15, 4, 22, 40, 47);
    Paper bad = Paper.builder().from(valid()).arxivId(new Scalar("14126980", idSpan, true)).build();
    assertThat(validate(bad))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.property()).isEqualTo("arxiv_id");
          assertThat(v.span()).isEqualTo(idSpan);
          assertThat(v.message()).contains("arXiv");
        });
  }

  @Test
  void aYearOutOfRangeOrNotANumberIsReported() {
    assertThat(validate(Paper.builder().from(valid()).year(Scalar.of("1066")).build()))
        .extracting(Violation::message).containsExactly("year must be 1950 or later");
    assertThat(validate(Paper.builder().from(valid()).year(Scalar.of("20x4")).build()))
        .extracting(Violation::property).containsExactly("year");
  }

  @Test
  void aMissingFirstAuthorIsReported() {
    Paper noAuthor = Paper.builder().title("t").year(Scalar.of("2014")).span(AT).build();
    assertThat(validate(noAuthor)).extracting(Violation::property).containsExactly("first_author");
  }

  @Test
  void aMalformedRecommendationIdIsReportedButAWellFormedOneIsNot() {
    Recommendation good = rec("MLR-2014-Kingma001-0001");
    Recommendation bad = rec("MLR-14-Kingma-1");
    assertThat(validate(valid(), good)).isEmpty();
    assertThat(validate(valid(), bad)).extracting(Violation::property).containsExactly("id");
  }

  @Test
  void aValidatorPreparedInTheBackgroundStillReportsAMissingField() {
    ModelValidator.prepareInBackground();
    ModelValidator.prepareInBackground();
    Paper noTitle = Paper.builder().from(valid()).title("").build();
    assertThat(validate(noTitle)).extracting(Violation::message).containsExactly("title must not be blank");
  }

  @Test
  void aBlankRecommendationTextIsReported() {
    Recommendation blank = Recommendation.builder().from(rec("MLR-2014-Kingma001-0001")).text(" ").build();
    assertThat(validate(valid(), blank)).extracting(Violation::property).containsExactly("text");
  }

  private static Recommendation rec(String id) {
    return Recommendation.builder()
        .id(Scalar.of(id))
        .text("Use Adam")
        .textSpan(AT)
        .span(AT)
        .status(Status.STANDARD)
        .source(PaperRef.builder().build())
        .build();
  }

  @Test
  void leftOutKeysAreNotCheckedWhileTheOthersStillAre() {
    SourceSpan idSpan = new SourceSpan("r.yaml", 4, 15, 4, 22, 40, 47);
    Paper bad = Paper.builder().from(valid()).title(" ").arxivId(new Scalar("14126980", idSpan, true)).build();
    List<Violation> violations =
        ModelValidator.validate(Anthology.builder().addPapers(bad).build(), java.util.Set.of("arxiv_id"));
    assertThat(violations).extracting(Violation::property).containsExactly("title");
    assertThat(validate(bad)).extracting(Violation::property).containsExactlyInAnyOrder("title", "arxiv_id");
  }
}
