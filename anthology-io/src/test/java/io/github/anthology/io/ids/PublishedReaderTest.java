package io.github.anthology.io.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedReaderTest {
  static final Path REFERENCE = Path.of("../testdata/anthology-of-the-sota");

  @Test
  void theReferenceExportGivesItsHundredAndNineteenIdsWithTextSourceAndStatus() throws ReadException {
    Published published = PublishedReader.read(REFERENCE.resolve("registry.yaml"));
    assertThat(published.textless()).isFalse();
    assertThat(published.ids()).hasSize(119);
    PublishedId first = published.ids().get(0);
    assertThat(first.id()).isEqualTo("MLR-2014-Kingma001-0001");
    assertThat(first.text()).hasValue("Default choice for neural network training");
    assertThat(first.source().arxivId()).hasValue("1412.6980");
    assertThat(first.source().firstAuthor()).hasValue("Kingma");
    assertThat(first.status()).hasValue(Status.STANDARD);
    assertThat(first.span().location()).isEqualTo("../testdata/anthology-of-the-sota/registry.yaml:9:3");
  }

  @Test
  void theReferenceSideCarGivesTheSameIdsToTheSamePapersButNoTexts() throws ReadException {
    Published sideCar = PublishedReader.read(REFERENCE.resolve("mlr_registry.json"));
    Published export = PublishedReader.read(REFERENCE.resolve("registry.yaml"));
    assertThat(sideCar.textless()).isTrue();
    assertThat(sideCar.ids()).extracting(PublishedId::id).containsExactlyElementsOf(
        export.ids().stream().map(PublishedId::id).toList());
    assertThat(sideCar.ids()).allSatisfy(p -> assertThat(p.text()).isEmpty());
    for (int i = 0; i < export.ids().size(); i++) {
      assertThat(sideCar.ids().get(i).source().arxivId()).isEqualTo(export.ids().get(i).source().arxivId());
    }
  }

  @Test
  void jsonAndJsonLinesExportsAreReadByTheirExtension() throws ReadException {
    String record = "{\"id\": \"MLR-2020-Li002-0001\", \"recommendation\": \"use gradient clipping\","
        + " \"source\": {\"first_author\": \"Li\", \"year\": 2020, \"arxiv_id\": \"2007.05019\"}}";
    Published json = PublishedReader.read("registry.json", "{\"recommendations\": [" + record + "]}");
    Published lines = PublishedReader.read("registry.jsonl", record + "\n");
    assertThat(List.of(json, lines)).allSatisfy(p -> {
      assertThat(p.ids()).singleElement().extracting(PublishedId::id).isEqualTo("MLR-2020-Li002-0001");
      assertThat(p.ids().get(0).text()).hasValue("use gradient clipping");
    });
  }

  @Test
  void aSideCarPaperKeyNamesTheAuthorYearAndArxivIdAndNoneMeansNoArxivId() throws ReadException {
    Published p = PublishedReader.read("mlr_registry.json", """
        {
          "recommendation_ids": {"2021-SmithJones001": 2, "2019-Ng001": 1},
          "paper_ids": {"Smith-Jones-2021-hep-th/9901001": "SmithJones001", "Ng-2019-none": "Ng001"}
        }""");
    assertThat(p.ids()).extracting(PublishedId::id)
        .containsExactly("MLR-2021-SmithJones001-0001", "MLR-2021-SmithJones001-0002", "MLR-2019-Ng001-0001");
    assertThat(p.ids().get(0).source().firstAuthor()).hasValue("Smith-Jones");
    assertThat(p.ids().get(0).source().arxivId()).hasValue("hep-th/9901001");
    assertThat(p.ids().get(2).source().arxivId()).isEmpty();
    assertThat(p.ids().get(2).span().location()).isEqualTo("mlr_registry.json:2:51");
  }

  @Test
  void aFileThatIsNoPublishedRegistryIsRefusedWithItsName() {
    assertThatThrownBy(() -> PublishedReader.read("research.yaml", "2014:\n  - title: Adam\n"))
        .isInstanceOf(ReadException.class)
        .hasMessageStartingWith("research.yaml: holds no published recommendations");
    assertThatThrownBy(() -> PublishedReader.read("mlr_registry.json", "{\"paper_ids\": {\"Li-2020-none\": 7}}"))
        .isInstanceOf(ReadException.class)
        .hasMessage("mlr_registry.json:1:32: a paper id must be a string such as \"Kingma001\"");
    assertThatThrownBy(() -> PublishedReader.read("mlr_registry.json", "{\"recommendation_ids\": {\"Li001\": 2}}"))
        .isInstanceOf(ReadException.class)
        .hasMessage("mlr_registry.json:1:25: `Li001` is not <year>-<paper id> such as 2014-Kingma001");
    assertThatThrownBy(() -> PublishedReader.read("mlr_registry.json", "{\"paper_ids\": {\"Li-2020-none\": \"Li001\""))
        .isInstanceOf(ReadException.class)
        .hasMessageStartingWith("mlr_registry.json:1:");
  }
}
