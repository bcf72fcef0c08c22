package io.github.anthology.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.anthology.rules.api.Finding;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {
  private static final Path SCHEMA = Path.of("../testdata/sarif/sarif-schema-2.1.0.json");

  @TempDir static Path work;

  static JsonNode render(Path workingDirectory, List<Finding> findings) throws Exception {
    StringBuilder out = new StringBuilder();
    ReportFormat.SARIF.create(ReportContext.defaults().withWorkingDirectory(workingDirectory)).write(findings, out);
    return new ObjectMapper().readTree(out.toString());
  }

  private static JsonNode render(List<Finding> findings) throws Exception {
    return render(work, findings);
  }

  private static Set<ValidationMessage> validate(JsonNode sarif) throws Exception {
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
      return schema.validate(sarif);
    }
  }

  @Test
  void reportIsValidAgainstTheOfficialSchema() throws Exception {
    assertThat(validate(render(Fixtures.findings()))).isEmpty();
  }

  @Test
  void reportWithoutFindingsIsValidToo() throws Exception {
    assertThat(validate(render(List.of()))).isEmpty();
  }

  @Test
  void schemaCheckRejectsABrokenDocument() throws Exception {
    JsonNode sarif = render(Fixtures.findings());
    ((com.fasterxml.jackson.databind.node.ObjectNode) sarif).put("version", "1.0");
    assertThat(validate(sarif)).isNotEmpty();
  }

  @Test
  void driverListsEveryRuleWithDocumentationAndDefaultLevel() throws Exception {
    JsonNode rules = render(Fixtures.findings()).at("/runs/0/tool/driver/rules");
    JsonNode format = null;
    for (JsonNode r : rules) {
      if (r.get("id").asText().equals("naming/format")) {
        format = r;
      }
    }
    assertThat(format).isNotNull();
    assertThat(format.at("/shortDescription/text").asText()).contains("hyphenated-lowercase");
    assertThat(format.get("helpUri").asText())
        .isEqualTo("https://github.com/anthology/anthology/blob/main/docs/rules/naming/format.md");
    assertThat(format.at("/defaultConfiguration/level").asText()).isEqualTo("error");
  }

  @Test
  void resultsPointAtTheirRuleAndPlace() throws Exception {
    JsonNode run = render(Fixtures.findings()).at("/runs/0");
    JsonNode first = run.at("/results/0");
    assertThat(run.at("/tool/driver/rules/" + first.get("ruleIndex").asInt() + "/id").asText())
        .isEqualTo("naming/format");
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("research.yaml");
    JsonNode region = first.at("/locations/0/physicalLocation/region");
    assertThat(List.of(region.get("startLine").asInt(), region.get("startColumn").asInt(),
        region.get("endLine").asInt(), region.get("endColumn").asInt())).containsExactly(12, 5, 12, 8);
    assertThat(first.at("/relatedLocations/0/physicalLocation/region/startLine").asInt()).isEqualTo(40);
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(first.at("/partialFingerprints/" + SarifReport.FINGERPRINT.replace("/", "~1")).asText())
        .isEqualTo("naming/format|research.yaml|topic:MoE");
    assertThat(first.at("/fixes/0/artifactChanges/0/replacements/0/insertedContent/text").asText()).isEqualTo("moe");
  }

  @Test
  void infoBecomesNoteAndAFileWithoutPositionHasNoRegion() throws Exception {
    JsonNode third = render(Fixtures.findings()).at("/runs/0/results/2");
    assertThat(third.get("level").asText()).isEqualTo("note");
    assertThat(third.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("dir%20with%20space/taxonomy.yaml");
    assertThat(third.at("/locations/0/physicalLocation").has("region")).isFalse();
  }
}
