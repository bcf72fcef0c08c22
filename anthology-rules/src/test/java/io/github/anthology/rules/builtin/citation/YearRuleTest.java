package io.github.anthology.rules.builtin.citation;

import static io.github.anthology.rules.Fixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.PaperMetadata;
import io.github.anthology.rules.api.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YearRuleTest {
  private static final PaperMetadata LDM = Cited.paper("2112.10752",
      "High-Resolution Image Synthesis with Latent Diffusion Models", "Rombach", "Robin", "2021-12-20");

  private static List<Finding> check(String year, PaperMetadata m, Map<String, Object> options) {
    return lint(new YearRule(), Cited.registry(Cited.entry(m.title().get(), m.id(), m.firstAuthor().get().surname(),
        year), m), options);
  }

  @Test
  void theFirstVersionsYearIsRight() {
    assertThat(check("2021", LDM, Map.of())).isEmpty();
  }

  @Test
  void aVenueYearNextToItIsAcceptedByDefault() {
    assertThat(check("2022", LDM, Map.of())).as("CVPR 2022").isEmpty();
    assertThat(check("2020", LDM, Map.of())).as("a venue before the preprint, as ICLR 2018 for 1904.09237").isEmpty();
  }

  @Test
  void withoutVenueYearsOnlyTheFirstVersionsYearIsRightAndTheFixWritesIt() {
    Finding f = check("2022", LDM, Map.of("venue-years", false)).get(0);
    assertThat(f.message()).isEqualTo("year 2022 is not the year of the first version of arXiv `2112.10752`,"
        + " v1 2021-12-20; write 2021");
    assertThat(f.span().line()).isEqualTo(5);
    assertThat(f.fixes()).singleElement().satisfies(fix -> assertThat(fix.edits()).singleElement()
        .satisfies(e -> assertThat(e.replacement()).isEqualTo("2021")));
  }

  @Test
  void aYearFarFromTheFirstVersionIsWrongUnlessTheJournalReferenceGivesIt() {
    assertThat(check("2024", LDM, Map.of())).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("year 2024 is not the year of the first version of arXiv `2112.10752`, v1 2021-12-20,"
            + " nor a venue's year next to it; write 2021"));
    PaperMetadata journal = PaperMetadata.builder().from(LDM).journalRef("IEEE TPAMI 46(3), 2024").build();
    assertThat(check("2024", journal, Map.of())).isEmpty();
    assertThat(check("2024", journal, Map.of("venue-years", false))).hasSize(1);
  }

  @Test
  void aPaperWhoseIdNamesAnotherPaperIsLeftToThatRule() {
    PaperMetadata other = Cited.paper("2112.10752", "DataComposer: A Unified Data Structure", "Yu", "D", "2021-12-20");
    String yaml = Cited.entry("NeuS2: Fast Learning of Neural Implicit Surfaces", "2112.10752", "Chen", "2025");
    assertThat(lint(new YearRule(), Cited.registry(yaml, other))).isEmpty();
  }

  @Test
  void aYearThatIsNotANumberIsLeftToOtherRules() {
    assertThat(check("soon", LDM, Map.of())).isEmpty();
  }
}
