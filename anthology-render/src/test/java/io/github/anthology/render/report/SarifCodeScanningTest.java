package io.github.anthology.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What GitHub code scanning asks of a SARIF file beyond the schema. */
class SarifCodeScanningTest {
  @TempDir Path work;

  private static Finding at(String file) {
    return Finding.builder().ruleId("naming/format").severity(Severity.ERROR).message("topic `MoE` is not lowercase")
        .span(Fixtures.span(file, 3, 5)).pointer("topic:MoE").build();
  }

  private static String uri(JsonNode sarif) {
    return sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText();
  }

  private static String fingerprint(JsonNode sarif) {
    return sarif.at("/runs/0/results/0/partialFingerprints").elements().next().asText();
  }

  @Test
  void theDriverNamesItsVersionAndHomePage() throws Exception {
    JsonNode driver = SarifReportTest.render(work, List.of()).at("/runs/0/tool/driver");
    assertThat(driver.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
    assertThat(driver.get("semanticVersion").asText()).isEqualTo(driver.get("version").asText());
    assertThat(driver.get("informationUri").asText()).startsWith("https://");
  }

  @Test
  void everyRuleHasAFullDescriptionAndHelpFromItsPage() throws Exception {
    JsonNode rules = SarifReportTest.render(work, List.of()).at("/runs/0/tool/driver/rules");
    assertThat(rules.size()).isGreaterThan(30);
    for (JsonNode rule : rules) {
      assertThat(rule.at("/fullDescription/text").asText()).as(rule.get("id").asText()).isNotBlank();
      assertThat(rule.at("/help/text").asText()).startsWith("# " + rule.get("id").asText());
      assertThat(rule.at("/help/markdown").asText()).contains("## Bad");
    }
    JsonNode format = rules.findParents("id").stream().filter(r -> r.get("id").asText().equals("naming/format"))
        .findFirst().orElseThrow();
    assertThat(format.at("/fullDescription/text").asText()).contains("hyphenated lower case").doesNotContain("\n");
  }

  @Test
  void locationsAreRelativeToTheSourceRootTheRunDefines() throws Exception {
    JsonNode sarif = SarifReportTest.render(work, List.of(at("registry/research.yaml")));
    assertThat(uri(sarif)).isEqualTo("registry/research.yaml");
    assertThat(sarif.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo(work.toUri().toString());
  }

  @Test
  void anAbsoluteInputPathGivesTheSameUriAndFingerprintAsARelativeOne() throws Exception {
    JsonNode relative = SarifReportTest.render(work, List.of(at("registry/research.yaml")));
    JsonNode absolute = SarifReportTest.render(work, List.of(at(work.resolve("registry/research.yaml").toString())));
    assertThat(uri(absolute)).isEqualTo("registry/research.yaml");
    assertThat(fingerprint(absolute)).isEqualTo(fingerprint(relative)).isEqualTo("naming/format|registry/research.yaml|topic:MoE");
  }

  @Test
  void theRootIsTheRepositoryWhenTheRunIsInsideOne() throws Exception {
    Files.createDirectories(work.resolve(".git"));
    Path sub = Files.createDirectories(work.resolve("registries/sota"));
    JsonNode sarif = SarifReportTest.render(sub, List.of(at("research.yaml")));
    assertThat(uri(sarif)).isEqualTo("registries/sota/research.yaml");
  }

  @Test
  void aFileOutsideTheWorkingDirectoryWidensTheRootInsteadOfClimbingOutOfIt() throws Exception {
    Path sub = Files.createDirectories(work.resolve("a/b"));
    Path other = Files.createDirectories(work.resolve("c"));
    JsonNode sarif = SarifReportTest.render(sub, List.of(at(other.resolve("research.yaml").toString())));
    assertThat(uri(sarif)).isEqualTo("c/research.yaml");
    assertThat(sarif.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo(work.toUri().toString());
  }

  @Test
  void relatedLocationsAndFixesUseTheSourceRootToo() throws Exception {
    JsonNode result = SarifReportTest.render(work, Fixtures.findings()).at("/runs/0/results/0");
    assertThat(result.at("/relatedLocations/0/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(result.at("/fixes/0/artifactChanges/0/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
  }

  @Test
  void aFileWithoutAPositionStillHasARelativeUri() throws Exception {
    Finding f = Finding.builder().from(at("x.yaml")).span(SourceSpan.ofFile(work.resolve("x.yaml").toString())).build();
    assertThat(uri(SarifReportTest.render(work, List.of(f)))).isEqualTo("x.yaml");
  }
}
