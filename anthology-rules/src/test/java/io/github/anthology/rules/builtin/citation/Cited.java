package io.github.anthology.rules.builtin.citation;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.ImmutableAnthology;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.PersonName;
import io.github.anthology.rules.Fixtures;
import java.time.LocalDate;

/** Registries of one research.yaml text with the lock-file entries a test gives them. */
final class Cited {
  static final PaperMetadata GQA = paper("2305.13245",
      "GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints", "Ainslie", "Joshua",
      "2023-05-22");

  private Cited() {}

  static PaperMetadata paper(String id, String title, String surname, String given, String firstVersion) {
    return PaperMetadata.builder().id(id).source("arxiv-snapshot").title(title)
        .firstAuthor(new PersonName(surname, given)).firstVersion(LocalDate.parse(firstVersion)).build();
  }

  static Anthology registry(String researchYaml, PaperMetadata... entries) {
    ImmutableAnthology.Builder b = Anthology.builder().from(Fixtures.research(researchYaml));
    for (PaperMetadata m : entries) {
      b.putPaperMetadata(m.id(), m);
    }
    return b.build();
  }

  /** A research.yaml of one paper. */
  static String entry(String title, String id, String author, String year) {
    return """
        %s:
          - title: '%s'
            arxiv_id: "%s"
            first_author: "%s"
            year: %s
        """.formatted(year, title.replace("'", "''"), id, author, year);
  }
}
