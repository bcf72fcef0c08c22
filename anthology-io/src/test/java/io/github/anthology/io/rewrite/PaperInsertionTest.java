package io.github.anthology.io.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.model.Paper;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.PersonName;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaperInsertionTest {
  static final Path REGISTRY = Path.of("../testdata/anthology-of-the-sota/research.yaml");
  static final PaperMetadata CHINCHILLA = PaperMetadata.builder().id("2203.15556").source("arxiv-api")
      .title("Training Compute-Optimal Large Language Models").firstAuthor(new PersonName("Hoffmann", "Jordan"))
      .firstVersion(LocalDate.of(2022, 3, 29)).build();

  private static LoadedRegistry registry(String text) throws Exception {
    return RegistryLoader.read(Map.of("research.yaml", text));
  }

  private static String added(String text, PaperMetadata paper, List<String> topics) throws Exception {
    Rewrite r = PaperInsertion.add(registry(text), paper, topics);
    assertThat(r.problems()).isEmpty();
    return r.changes().texts().get("research.yaml");
  }

  @Test
  void aPaperGoesAfterTheLastPaperOfItsYearInTheFilesLayout() throws Exception {
    String text = """
        # papers by year
        2022:
          - title: "PaLM"
            arxiv_id: "2204.02311"
            first_author: "Chowdhery"
            year: 2022

          - title: "FlashAttention"  # fast
            arxiv_id: "2205.14135"
            year: 2022

        2023:
          - title: "GQA"
        """;
    assertThat(added(text, CHINCHILLA, List.of("scaling-laws", "training optimization"))).isEqualTo("""
        # papers by year
        2022:
          - title: "PaLM"
            arxiv_id: "2204.02311"
            first_author: "Chowdhery"
            year: 2022

          - title: "FlashAttention"  # fast
            arxiv_id: "2205.14135"
            year: 2022

          - title: "Training Compute-Optimal Large Language Models"
            arxiv_id: "2203.15556"
            first_author: "Hoffmann"
            year: 2022
            topics:
              - scaling-laws
              - training optimization

        2023:
          - title: "GQA"
        """);
  }

  @Test
  void aMissingYearKeyIsAddedInOrder() throws Exception {
    String text = "2021:\n  - title: A\n    year: 2021\n\n2023:\n  - title: B\n    year: 2023\n";
    assertThat(added(text, CHINCHILLA, List.of())).isEqualTo("2021:\n  - title: A\n    year: 2021\n\n"
        + "2022:\n  - title: \"Training Compute-Optimal Large Language Models\"\n    arxiv_id: \"2203.15556\"\n"
        + "    first_author: \"Hoffmann\"\n    year: 2022\n\n2023:\n  - title: B\n    year: 2023\n");
    assertThat(added("2023:\n  - title: B\n", CHINCHILLA, List.of())).startsWith("2022:\n  - title: \"Training");
    assertThat(added("2020:\n  - title: B\n", CHINCHILLA, List.of())).startsWith("2020:\n  - title: B\n\n2022:\n");
    assertThat(added("2023:\n  - title: B\n\n2020:\n  - title: C\n", CHINCHILLA, List.of()))
        .as("a file with its newest year first keeps that order").contains("2023:\n  - title: B\n\n2022:\n");
  }

  @Test
  void titlesThatNeedEscapingAreQuotedSoTheyReadBackAsWritten() throws Exception {
    PaperMetadata odd = PaperMetadata.builder().from(CHINCHILLA).title("Say \"no\": a \\ study #1")
        .firstAuthor(new PersonName("Lebrón", "F.")).build();
    String text = added("2022:\n  - title: A\n", odd, List.of("true"));
    Paper paper = RegistryLoader.read(Map.of("research.yaml", text)).anthology().papers().get(1);
    assertThat(paper.title()).isEqualTo("Say \"no\": a \\ study #1");
    assertThat(paper.firstAuthorText()).isEqualTo("Lebrón");
    assertThat(paper.arxivIdText()).contains("2203.15556");
    assertThat(paper.topics()).extracting(t -> t.text()).containsExactly("true");
    assertThat(paper.yearKey().get().text()).isEqualTo("2022");
  }

  @Test
  void windowsLineEndsAreKept() throws Exception {
    assertThat(added("2022:\r\n  - title: A\r\n", CHINCHILLA, List.of()))
        .isEqualTo("2022:\r\n  - title: A\r\n\r\n  - title: \"Training Compute-Optimal Large Language Models\"\r\n"
            + "    arxiv_id: \"2203.15556\"\r\n    first_author: \"Hoffmann\"\r\n    year: 2022\r\n");
  }

  @Test
  void aPaperAlreadyListedIsAProblemNotASecondEntry() throws Exception {
    Rewrite r = PaperInsertion.add(registry("2022:\n  - title: C\n    arxiv_id: \"2203.15556v2\"\n"), CHINCHILLA, List.of());
    assertThat(r.changes().isEmpty()).isTrue();
    assertThat(r.problems()).singleElement().hasToString("research.yaml:3:15: paper 2203.15556 is already listed here");
  }

  @Test
  void theRealRegistryGainsOnlyTheNewLines() throws Exception {
    LoadedRegistry real = RegistryLoader.load(List.of(REGISTRY));
    String before = real.texts().values().iterator().next();
    PaperMetadata mixtral = PaperMetadata.builder().id("2401.04088").source("arxiv-api").title("Mixtral of Experts")
        .firstAuthor(new PersonName("Jiang", "Albert Q.")).firstVersion(LocalDate.of(2024, 1, 8)).build();
    Rewrite r = PaperInsertion.add(real, mixtral, List.of("mixture-of-experts"));
    String after = r.changes().texts().values().iterator().next();
    String diff = r.changes().diff();
    assertThat(diff.lines().filter(l -> l.startsWith("-") && !l.startsWith("---"))).isEmpty();
    assertThat(after.replace("\n2024:\n  - title: \"Mixtral of Experts\"\n    arxiv_id: \"2401.04088\"\n"
        + "    first_author: \"Jiang\"\n    year: 2024\n    topics:\n      - mixture-of-experts\n", "")).isEqualTo(before);
    LoadedRegistry reread = RegistryLoader.read(r.changes().applyTo(real.texts()));
    assertThat(reread.anthology().papers()).hasSize(real.anthology().papers().size() + 1);
  }
}
