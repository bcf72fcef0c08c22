package io.github.anthology.io.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.ids.Exports;
import io.github.anthology.io.ids.Exports.Rec;
import io.github.anthology.io.ids.IdMatcher;
import io.github.anthology.io.ids.Numbering;
import io.github.anthology.io.ids.PublishedReader;
import io.github.anthology.model.source.Scalar;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdAdoptionTest {
  private static final String LI = """
      2021:
        - title: "Checkpointing"
          arxiv_id: "2106.00001"
          first_author: Li
          year: 2021
          sota:
            - "Checkpoint often"   # keep this note
            - Use async I/O for checkpoint writing
      """;

  static Rewrite adopt(String research, List<Rec> published, Numbering numbering) throws ReadException {
    return adopt(research, "registry.yaml", Exports.yaml(published), numbering);
  }

  static Rewrite adopt(String research, String file, String published, Numbering numbering) throws ReadException {
    LoadedRegistry registry = RegistryLoader.read(Map.of("research.yaml", research));
    return RecommendationIds.assign(registry, numbering,
        IdMatcher.adopt(registry.anthology(), PublishedReader.read(file, published), IdOptions.DEFAULT_SIMILARITY));
  }

  static String after(String research, Rewrite rewrite) {
    return rewrite.changes().applyTo(Map.of("research.yaml", research)).get("research.yaml");
  }

  static List<String> ids(String research) throws ReadException {
    return RegistryLoader.read(Map.of("research.yaml", research)).anthology().recommendations().stream()
        .map(r -> r.id().map(Scalar::text).orElse("-")).toList();
  }

  @Test
  void aPracticeOfTheSamePaperAndTextTakesItsPublishedIdAndTheFileKeepsItsComments() throws ReadException {
    Rewrite rewrite = adopt(LI, List.of(
        new Rec("MLR-2021-Li003-0001", "Checkpoint often", "Li", 2021, "2106.00001"),
        new Rec("MLR-2021-Li003-0002", "Use async I/O for checkpoint writing", "Li", 2021, "2106.00001")),
        Numbering.PER_YEAR);
    assertThat(after(LI, rewrite)).isEqualTo("""
        2021:
          - title: "Checkpointing"
            arxiv_id: "2106.00001"
            first_author: Li
            year: 2021
            sota:
              - text: "Checkpoint often"   # keep this note
                id: MLR-2021-Li003-0001
              - text: Use async I/O for checkpoint writing
                id: MLR-2021-Li003-0002
        """);
    assertThat(rewrite.problems()).isEmpty();
    assertThat(rewrite.notes()).singleElement().asString()
        .isEqualTo("registry.yaml: adopted 2 of 2 published ids (2 by source and text, 0 by similarity,"
            + " 0 by position); 0 already written here; 0 without a practice here");
  }

  @Test
  void aLightlyRewordedTextTakesTheMostSimilarPublishedIdAndTheMatchIsReported() throws ReadException {
    Rewrite rewrite = adopt(LI, List.of(
        new Rec("MLR-2021-Li003-0001", "Use async I/O for writing checkpoints", "Li", 2021, "2106.00001"),
        new Rec("MLR-2021-Li003-0002", "Checkpoint often.", "Li", 2021, "2106.00001")), Numbering.PER_YEAR);
    assertThat(ids(after(LI, rewrite))).containsExactly("MLR-2021-Li003-0002", "MLR-2021-Li003-0001");
    assertThat(rewrite.notes()).extracting(Problem::toString).contains(
        "research.yaml:7:9: adopted MLR-2021-Li003-0002 by similarity 0.94: published as \"Checkpoint often.\";"
            + " check that it is the same practice");
    assertThat(rewrite.notes().get(rewrite.notes().size() - 1).message()).contains("0 by source and text, 2 by similarity");
  }

  @Test
  void aPublishedIdWithoutItsPracticeIsListedAndNoNewIdReusesItsNumber() throws ReadException {
    Rewrite rewrite = adopt(LI, List.of(
        new Rec("MLR-2021-Li003-0001", "Keep the last three checkpoints", "Li", 2021, "2106.00001"),
        new Rec("MLR-2021-Li003-0002", "Use async I/O for checkpoint writing", "Li", 2021, "2106.00001")),
        Numbering.PER_YEAR);
    assertThat(ids(after(LI, rewrite))).containsExactly("MLR-2021-Li003-0003", "MLR-2021-Li003-0002");
    assertThat(rewrite.problems()).extracting(Problem::toString).containsExactly(
        "registry.yaml:4:3: published MLR-2021-Li003-0001 \"Keep the last three checkpoints\" has no practice here;"
            + " links to it will not resolve");
  }

  @Test
  void aPaperTheRegistryNumberedKeepsItsNumberAndANewPaperContinuesAfterThePublishedOnes() throws ReadException {
    String research = LI + "  - {title: Other, first_author: Li, year: 2021, sota: [Shard the optimizer]}\n";
    List<Rec> published = List.of(
        new Rec("MLR-2021-Li003-0001", "Something else entirely, long gone", "Li", 2021, "2106.00001"),
        new Rec("MLR-2021-Li005-0001", "A removed paper's practice", "Li", 2021, "2101.00009"));
    assertThat(ids(after(research, adopt(research, published, Numbering.PER_YEAR))))
        .containsExactly("MLR-2021-Li003-0002", "MLR-2021-Li003-0003", "MLR-2021-Li006-0001");
    assertThat(ids(after(research, adopt(research, published, Numbering.PER_AUTHOR))))
        .containsExactly("MLR-2021-Li003-0002", "MLR-2021-Li003-0003", "MLR-2021-Li006-0001");
  }

  @Test
  void perAuthorNumberingContinuesAfterTheAuthorsHighestPaperOfAnyYear() throws ReadException {
    String research = "2024:\n  - {title: New, first_author: Li, year: 2024, sota: [Prefer bf16]}\n";
    List<Rec> published = List.of(new Rec("MLR-2021-Li003-0001", "Gone", "Li", 2021, "2106.00001"));
    assertThat(ids(after(research, adopt(research, published, Numbering.PER_AUTHOR)))).containsExactly("MLR-2024-Li004-0001");
    assertThat(ids(after(research, adopt(research, published, Numbering.PER_YEAR)))).containsExactly("MLR-2024-Li001-0001");
  }

  @Test
  void aPracticePublishedTwiceTakesTheIdOfItsOwnStatusAndTheRepeatIsListed() throws ReadException {
    String research = """
        2023:
          - title: Speculative decoding
            arxiv_id: "2302.01318"
            first_author: Chen
            year: 2023
            experimental: true
            sota: [Draft with a small model]
        """;
    Rewrite rewrite = adopt(research, List.of(
        new Rec("MLR-2023-Chen001-0001", "Draft with a small model", "Chen", 2023, "2302.01318", "standard"),
        new Rec("MLR-2023-Chen001-0002", "Draft with a small model", "Chen", 2023, "2302.01318", "experimental")),
        Numbering.PER_YEAR);
    assertThat(ids(after(research, rewrite))).containsExactly("MLR-2023-Chen001-0002");
    assertThat(rewrite.problems()).singleElement().asString().contains(
        "published MLR-2023-Chen001-0001 repeats MLR-2023-Chen001-0002 (one practice of one paper, published twice)");
  }

  @Test
  void anIdTheExportGivesToTwoPracticesIsAnErrorAndNothingIsAdopted() {
    assertThatThrownBy(() -> adopt(LI, List.of(
        new Rec("MLR-2021-Li003-0001", "Checkpoint often", "Li", 2021, "2106.00001"),
        new Rec("MLR-2021-Li003-0001", "Use async I/O for checkpoint writing", "Li", 2021, "2106.00001")),
        Numbering.PER_YEAR))
        .isInstanceOf(ReadException.class)
        .hasMessageStartingWith("registry.yaml:15:3: the published registry gives MLR-2021-Li003-0001 to two practices,"
            + " \"Use async I/O for checkpoint writing\" here and \"Checkpoint often\" at registry.yaml:4:3; correct the published file first");
  }

  @Test
  void aPracticeWhosePublishedIdAnotherPracticeHoldsIsAnError() {
    String research = LI.replace("- Use async I/O for checkpoint writing",
        "- {text: Write checkpoints in the background, id: MLR-2021-Li003-0002}");
    String second = LI.replace("- \"Checkpoint often\"   # keep this note", "- Use async I/O for checkpoint writing");
    assertThatThrownBy(() -> adopt(research + second.substring("2021:\n".length()), List.of(
        new Rec("MLR-2021-Li003-0002", "Use async I/O for checkpoint writing", "Li", 2021, "2106.00001")),
        Numbering.PER_YEAR))
        .isInstanceOf(ReadException.class)
        .hasMessageContaining("this practice is published as MLR-2021-Li003-0002, which is already the id of"
            + " \"Write checkpoints in the background\" at research.yaml:8:16; decide which practice"
            + " MLR-2021-Li003-0002 is and remove it from the other");
  }

  @Test
  void anIdAlreadyWrittenIsNeverChangedAndThePublishedOneForItsPracticeIsListed() throws ReadException {
    String research = LI.replace("- Use async I/O for checkpoint writing",
        "- {text: Use async I/O for checkpoint writing, id: MLR-2021-Li001-0002}");
    Rewrite rewrite = adopt(research, List.of(
        new Rec("MLR-2021-Li003-0002", "Use async I/O for checkpoint writing", "Li", 2021, "2106.00001")),
        Numbering.PER_YEAR);
    assertThat(ids(after(research, rewrite))).containsExactly("MLR-2021-Li001-0003", "MLR-2021-Li001-0002");
    assertThat(rewrite.problems()).singleElement().asString().endsWith("published MLR-2021-Li003-0002"
        + " \"Use async I/O for checkpoint writing\" has no practice here (the same text stands at research.yaml:8:16,"
        + " with id MLR-2021-Li001-0002); links to it will not resolve");
  }

  @Test
  void anArxivIdPublishedAsANumberStillNamesThePaperAndAPaperWithoutOneIsFoundByAuthorAndYear() throws ReadException {
    String research = """
        2021:
          - {title: A, arxiv_id: "2103.03400", first_author: Li, year: 2021, sota: [a practice]}
          - {title: B, first_author: "Müller", year: 2021, sota: [b practice]}
        """;
    Rewrite rewrite = adopt(research, List.of(
        new Rec("MLR-2021-Li007-0001", "a practice", "Li", 2021, "2103.034"),
        new Rec("MLR-2021-Mller001-0001", "b practice", "Müller", 2021, null)), Numbering.PER_YEAR);
    assertThat(ids(after(research, rewrite))).containsExactly("MLR-2021-Li007-0001", "MLR-2021-Mller001-0001");
  }

  @Test
  void adoptingAgainChangesNothing() throws ReadException {
    List<Rec> published = List.of(new Rec("MLR-2021-Li003-0002", "Use async I/O for checkpoint writing", "Li", 2021,
        "2106.00001"), new Rec("MLR-2021-Li003-0001", "Gone", "Li", 2021, "2106.00001"));
    Rewrite first = adopt(LI, published, Numbering.PER_YEAR);
    String once = after(LI, first);
    Rewrite again = adopt(once, published, Numbering.PER_YEAR);
    assertThat(again.changes().isEmpty()).isTrue();
    assertThat(again.problems()).hasSameSizeAs(first.problems());
  }
}
