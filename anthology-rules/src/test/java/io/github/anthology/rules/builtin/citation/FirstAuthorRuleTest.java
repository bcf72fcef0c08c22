package io.github.anthology.rules.builtin.citation;

import static io.github.anthology.rules.Fixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.PaperMetadata;
import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstAuthorRuleTest {
  private static List<Finding> check(String author, PaperMetadata... entries) {
    return lint(new FirstAuthorRule(), Cited.registry(Cited.entry(
        "GQA: Training Generalized Multi-Query Transformer Models", "2305.13245", author, "2023"), entries));
  }

  @Test
  void theGqaFirstAuthorIsAinslieNotYang() {
    Finding f = check("Yang", Cited.GQA).get(0);
    assertThat(f.message()).isEqualTo("first author `Yang` is not the first author of arXiv `2305.13245`,"
        + " Joshua Ainslie; write `Ainslie`");
    assertThat(f.span().line()).isEqualTo(4);
    assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(3));
    assertThat(f.pointer()).contains("paper:2305.13245");
  }

  @Test
  void theFixWritesTheSurnameInsideTheQuotes() {
    Finding f = check("Yang", Cited.GQA).get(0);
    assertThat(f.fixes()).singleElement().satisfies(fix -> {
      assertThat(fix.edits()).singleElement().satisfies(e -> assertThat(e.replacement()).isEqualTo("Ainslie"));
      assertThat(fix.description()).isEqualTo("write first author Ainslie");
    });
  }

  @Test
  void theRightSurnameInAnyOfItsUsualFormsIsAccepted() {
    for (String written : List.of("Ainslie", "ainslie", "J. Ainslie", "Joshua Ainslie", "Ainslie, Joshua",
        "Ainslie et al.", "Ainslie, J. et al")) {
      assertThat(check(written, Cited.GQA)).as(written).isEmpty();
    }
  }

  @Test
  void diacriticsLatexAccentsAndParticlesDoNotMatter() {
    PaperMetadata mueller = Cited.paper("2305.13245", Cited.GQA.title().get(), "Müller", "Thomas", "2023-05-22");
    assertThat(check("Muller", mueller)).isEmpty();
    assertThat(Surnames.matches("M\\\"uller", mueller.firstAuthor().get())).as("a LaTeX accent").isTrue();
    assertThat(Surnames.matches("M\\\"{u}ller", mueller.firstAuthor().get())).isTrue();
    PaperMetadata platen = Cited.paper("2305.13245", Cited.GQA.title().get(), "von Platen", "Patrick", "2023-05-22");
    assertThat(check("Platen", platen)).isEmpty();
    assertThat(check("von Platen", platen)).isEmpty();
    assertThat(check("Patrick von Platen", platen)).isEmpty();
    PaperMetadata lee = Cited.paper("2305.13245", Cited.GQA.title().get(), "Lee-Thorp", "James", "2023-05-22");
    assertThat(check("Lee Thorp", lee)).isEmpty();
    PaperMetadata ruiz = Cited.paper("2305.13245", Cited.GQA.title().get(), "Ruiz García", "Ana", "2023-05-22");
    assertThat(check("Ruiz", ruiz)).as("the first part of a compound surname").isEmpty();
  }

  @Test
  void aGivenNameWrittenAsTheSurnameIsNamedForWhatItIs() {
    PaperMetadata glu = Cited.paper("2305.13245", Cited.GQA.title().get(), "Shazeer", "Noam", "2020-02-12");
    assertThat(check("Noam", glu)).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("first author `Noam` is the given name of the first author of arXiv `2305.13245`, Noam Shazeer;"
            + " write `Shazeer`"));
  }

  @Test
  void theFixKeepsTheFormTheEntryUsed() {
    assertThat(FirstAuthorRule.replacement("Yang et al.", new io.github.anthology.model.PersonName("Ainslie", "Joshua")))
        .isEqualTo("Ainslie et al.");
    assertThat(FirstAuthorRule.replacement("Wei Yang", new io.github.anthology.model.PersonName("Ainslie", "Joshua")))
        .isEqualTo("Joshua Ainslie");
    assertThat(FirstAuthorRule.replacement("Yang, W.", new io.github.anthology.model.PersonName("Ainslie", "Joshua")))
        .isEqualTo("Ainslie, Joshua");
  }

  @Test
  void aPaperWhoseIdNamesAnotherPaperIsLeftToThatRule() {
    PaperMetadata other = Cited.paper("2305.13245", "Towards a Robust Framework for NeRF Evaluation", "Azzarelli",
        "Adrian", "2023-05-29");
    assertThat(check("Yang", other)).isEmpty();
  }

  @Test
  void withoutALockFileEntryNothingIsChecked() {
    assertThat(check("Yang")).isEmpty();
    assertThat(check("Yang", PaperMetadata.notFound("2305.13245", "arxiv-api"))).isEmpty();
  }

  @Test
  void aVersionedIdFindsItsPapersEntry() {
    String yaml = Cited.entry(Cited.GQA.title().get(), "2305.13245v2", "Yang", "2023");
    assertThat(lint(new FirstAuthorRule(), Cited.registry(yaml, Cited.GQA))).hasSize(1);
  }
}
