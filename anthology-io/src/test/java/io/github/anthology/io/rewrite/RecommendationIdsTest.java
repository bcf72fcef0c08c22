package io.github.anthology.io.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.io.ids.Adoption;
import io.github.anthology.io.ids.Numbering;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendationIdsTest {
  private static String assign(String research) throws ReadException {
    Rewrite rewrite = RecommendationIds.assign(RegistryLoader.read(Map.of("research.yaml", research)));
    assertThat(rewrite.problems()).isEmpty();
    return rewrite.changes().applyTo(Map.of("research.yaml", research)).get("research.yaml");
  }

  private static List<String> ids(String research) throws ReadException {
    return RegistryLoader.read(Map.of("research.yaml", research)).anthology().recommendations().stream()
        .map(r -> r.id().map(Scalar::text).orElse("-")).toList();
  }

  @Test
  void aJsonlExportGetsNoIdsAndSaysWhereToAssignThem(@TempDir Path dir) throws Exception {
    Path export = Files.writeString(dir.resolve("registry.jsonl"), "{\"id\": null, \"recommendation\": \"Warm up\","
        + " \"topic\": \"training-optimization\", \"source\": {\"year\": 2017, \"first_author\": \"Goyal\","
        + " \"title\": \"Accurate, Large Minibatch SGD\"}}\n");
    Rewrite rewrite = RecommendationIds.assign(RegistryLoader.load(List.of(export)));
    assertThat(rewrite.changes().applyTo(Map.of())).isEmpty();
    assertThat(rewrite.problems()).singleElement().hasToString(export + ": ids are not written into an exported"
        + " registry; assign them in the research.yaml it was exported from, then export it again");
  }

  @Test
  void aPlainItemBecomesABlockMappingThatKeepsTheTextBytesAndItsComment() throws ReadException {
    String before = """
        2014:
          - title: Adam
            first_author: "Kingma"
            year: 2014
            sota:
              - "Default choice: β₁=0.9"  # keep me
              - Learning rate 1e-4 to 1e-3
        """;
    assertThat(assign(before)).isEqualTo("""
        2014:
          - title: Adam
            first_author: "Kingma"
            year: 2014
            sota:
              - text: "Default choice: β₁=0.9"  # keep me
                id: MLR-2014-Kingma001-0001
              - text: Learning rate 1e-4 to 1e-3
                id: MLR-2014-Kingma001-0002
        """);
  }

  @Test
  void mappingItemsGetAnIdAfterTheirTextInBlockAndFlowStyle() throws ReadException {
    String before = """
        2015:
          - title: BN
            first_author: Ioffe
            year: 2015
            sota:
              - text: "Normalise activations"
                topic: model-stability
              - {text: "Use running statistics", status: standard}
        """;
    String after = assign(before);
    assertThat(after).contains("""
              - text: "Normalise activations"
                id: MLR-2015-Ioffe001-0001
                topic: model-stability
              - {text: "Use running statistics", id: MLR-2015-Ioffe001-0002, status: standard}
        """);
  }

  @Test
  void anItemOfAFlowListBecomesAFlowMapping() throws ReadException {
    String after = assign("2016:\n  - title: LN\n    first_author: Ba\n    year: 2016\n    sota: [\"a, b\", c]\n");
    assertThat(after).endsWith("sota: [{text: \"a, b\", id: MLR-2016-Ba001-0001}, {text: c, id: MLR-2016-Ba001-0002}]\n");
  }

  @Test
  void existingIdsAreNeverChangedAndNewOnesContinueAfterThePapersHighest() throws ReadException {
    String before = """
        2014:
          - title: Adam
            first_author: Kingma
            year: 2014
            sota:
              - text: one
                id: MLR-2014-Kingma002-0007
              - two
          - title: Another of Kingma's
            first_author: Kingma
            year: 2014
            sota:
              - three
        """;
    assertThat(ids(assign(before)))
        .containsExactly("MLR-2014-Kingma002-0007", "MLR-2014-Kingma002-0008", "MLR-2014-Kingma003-0001");
  }

  @Test
  void papersOfOneAuthorAndYearAreNumberedInDocumentOrderAfterTheHighestNumberInUse() throws ReadException {
    String before = """
        2020:
          - {title: A, first_author: Li, year: 2020, sota: [a]}
          - {title: B, first_author: Li, year: 2020, sota: [{text: b, id: MLR-2020-Li002-0001}]}
          - {title: C, first_author: Li, year: 2020, sota: [c]}
          - {title: D, first_author: Li, year: 2021, sota: [d]}
        """;
    assertThat(ids(assign(before))).containsExactly(
        "MLR-2020-Li003-0001", "MLR-2020-Li002-0001", "MLR-2020-Li004-0001", "MLR-2021-Li001-0001");
  }

  @Test
  void aGapInTheNumbersIsNeverFilledSinceItMayBeARemovedPaperWhoseIdsWerePublished() throws ReadException {
    String before = """
        2020:
          - {title: A, first_author: Li, year: 2020, sota: [{text: a, id: MLR-2020-Li001-0001}]}
          - {title: C, first_author: Li, year: 2020, sota: [{text: c, id: MLR-2020-Li003-0001}]}
          - {title: D, first_author: Li, year: 2020, sota: [d]}
        """;
    assertThat(ids(assign(before))).containsExactly("MLR-2020-Li001-0001", "MLR-2020-Li003-0001", "MLR-2020-Li004-0001");
  }

  @Test
  void perAuthorNumberingCountsAnAuthorsPapersAcrossYearsAsTheReferenceSystemDoes() throws ReadException {
    String before = """
        2017:
          - {title: A, first_author: Li, year: 2017, sota: [a]}
        2020:
          - {title: B, first_author: Li, year: 2020, sota: [b]}
          - {title: C, first_author: Dao, year: 2020, sota: [c]}
        2021:
          - {title: D, first_author: Li, year: 2021, sota: [d1, d2]}
        """;
    Map<String, String> texts = Map.of("research.yaml", before);
    Rewrite perAuthor = RecommendationIds.assign(RegistryLoader.read(texts), Numbering.PER_AUTHOR, Adoption.none());
    assertThat(ids(perAuthor.changes().applyTo(texts).get("research.yaml"))).containsExactly(
        "MLR-2017-Li001-0001", "MLR-2020-Li002-0001", "MLR-2020-Dao001-0001", "MLR-2021-Li003-0001", "MLR-2021-Li003-0002");
    assertThat(ids(assign(before))).containsExactly(
        "MLR-2017-Li001-0001", "MLR-2020-Li001-0001", "MLR-2020-Dao001-0001", "MLR-2021-Li001-0001", "MLR-2021-Li001-0002");
  }

  @Test
  void aSecondRunChangesNothing() throws ReadException {
    String once = assign("2017:\n  - title: T\n    first_author: Vaswani\n    year: 2017\n    sota:\n      - x\n");
    Rewrite again = RecommendationIds.assign(RegistryLoader.read(Map.of("research.yaml", once)));
    assertThat(again.changes().isEmpty()).isTrue();
  }

  @Test
  void windowsLineEndingsAreKeptOnInsertedLines() throws ReadException {
    String after = assign("2017:\r\n  - title: T\r\n    first_author: Müller\r\n    year: 2017\r\n    sota:\r\n      - x\r\n");
    assertThat(after).endsWith("      - text: x\r\n        id: MLR-2017-Muller001-0001\r\n");
  }

  @Test
  void aPaperWhoseYearIsNotANumberTakesTheYearItIsListedUnder() throws ReadException {
    Rewrite rewrite = RecommendationIds.assign(RegistryLoader.read(Map.of("research.yaml",
        "2017:\n  - title: T\n    first_author: X\n    year: soon\n    sota: [x]\n")));
    assertThat(rewrite.changes().texts()).containsEntry("research.yaml",
        "2017:\n  - title: T\n    first_author: X\n    year: soon\n    sota: [{text: x, id: MLR-2017-X001-0001}]\n");
    assertThat(rewrite.problems()).isEmpty();
  }

  @Test
  void everyAssignedIdMatchesThePattern() throws ReadException {
    String after = assign("2019:\n  - title: T\n    first_author: \"Łukasz Kaiser\"\n    year: 2019\n    sota: [x]\n");
    List<Recommendation> recs = RegistryLoader.read(Map.of("r", after)).anthology().recommendations();
    assertThat(recs.get(0).idText()).hasValueSatisfying(id -> assertThat(id).matches(Recommendation.ID_PATTERN));
  }

  @Test
  void aTextWrittenOverSeveralLinesKeepsItsTextAsAMappingValue() throws ReadException {
    String before = "2022:\n- first_author: Chowdhery\n  sota:\n  - smaller batch sizes are more sample efficient earlier\n"
        + "    in training\n  - other\n  title: PaLM\n  year: 2022\n";
    String after = assign(before);
    assertThat(after).contains("  - text: smaller batch sizes are more sample efficient earlier\n      in training\n"
        + "    id: MLR-2022-Chowdhery001-0001\n");
    assertThat(RegistryLoader.read(Map.of("research.yaml", after)).anthology().recommendations().get(0).text())
        .isEqualTo("smaller batch sizes are more sample efficient earlier in training");
  }
}
