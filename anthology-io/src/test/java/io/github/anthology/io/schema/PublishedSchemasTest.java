package io.github.anthology.io.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.anthology.io.yaml.ConfigYamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JSON Schemas under docs/schemas accept the real files and the documented examples, and reject wrong shapes. */
class PublishedSchemasTest {
  private static final Path SCHEMAS = Path.of("../docs/schemas");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema schema(String name) throws IOException {
    JsonNode node = JSON.readTree(SCHEMAS.resolve(name + ".schema.json").toFile());
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  private static Set<ValidationMessage> validate(String schema, String yaml) throws IOException {
    return schema(schema).validate(YAML.readTree(yaml));
  }

  private static Set<ValidationMessage> validateFile(String schema, String path) throws IOException {
    return validate(schema, Files.readString(Path.of(path)));
  }

  @Test
  void theRealResearchYamlAndTheExampleAreValidResearch() throws IOException {
    assertThat(validateFile("research", "../testdata/anthology-of-the-sota/research.yaml")).isEmpty();
    assertThat(validateFile("research", "../examples/sota/research.yaml")).isEmpty();
  }

  @Test
  void theExampleTaxonomyIsValid() throws IOException {
    assertThat(validateFile("taxonomy", "../examples/sota/taxonomy.yaml")).isEmpty();
  }

  @Test
  void theRealRegistryExportIsValid() throws IOException {
    assertThat(validateFile("registry", "../testdata/anthology-of-the-sota/registry.yaml")).isEmpty();
  }

  @Test
  void theConfigurationDocumentedInTheUserGuideIsValid() throws IOException {
    Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(Path.of("../docs/configuration.md")));
    assertThat(m.find()).isTrue();
    assertThat(validate("anthology", m.group(1))).isEmpty();
  }

  @Test
  void theConfigurationSchemaNamesExactlyTheKeysTheReaderAccepts() throws IOException {
    JsonNode properties = JSON.readTree(SCHEMAS.resolve("anthology.schema.json").toFile()).get("properties");
    java.util.List<String> names = new java.util.ArrayList<>();
    properties.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyInAnyOrderElementsOf(ConfigYamlReader.KEYS);
  }

  @Test
  void configurationMistakesAreRejected() throws IOException {
    assertThat(validate("anthology", "rules:\n  naming/format: fatal\n")).isNotEmpty();
    assertThat(validate("anthology", "extends: lenient\n")).isNotEmpty();
    assertThat(validate("anthology", "extends: [strict, ../shared/anthology.yaml, base.yml]\n")).isEmpty();
    assertThat(validate("anthology", "rule:\n  naming/format: off\n")).isNotEmpty();
    assertThat(validate("anthology", "rules:\n  format: warning\n")).isNotEmpty();
    assertThat(validate("anthology", "overrides:\n  - rules: {naming/format: off}\n")).isNotEmpty();
    assertThat(validate("anthology", "rules:\n  taxonomy/overlap-merge: {severity: error, option: {}}\n")).isNotEmpty();
    assertThat(validate("anthology", "max-warnings: -1\n")).isNotEmpty();
  }

  @Test
  void taxonomyMistakesAreRejected() throws IOException {
    assertThat(validate("taxonomy", "topics:\n  - kind: process\n")).isNotEmpty();
    assertThat(validate("taxonomy", "topics:\n  - name: attention\n    kind: thing\n")).isNotEmpty();
    assertThat(validate("taxonomy", "topics:\n  - name: attention\n    status: retired\n")).isNotEmpty();
  }

  @Test
  void researchMistakesAreRejected() throws IOException {
    assertThat(validate("research", "papers:\n  - title: x\n")).isNotEmpty();
    assertThat(validate("research", "2020:\n  - arxiv_id: \"2001.08361\"\n")).isNotEmpty();
    assertThat(validate("research", "2020:\n  - title: x\n    sota:\n      - text: y\n        status: maybe\n"))
        .isNotEmpty();
  }

  @Test
  void registryMistakesAreRejected() throws IOException {
    assertThat(validate("registry", "recommendations:\n  - recommendation: x\n    status: obsolete\n")).isNotEmpty();
    assertThat(validate("registry", "recommendations:\n  - status: standard\n")).isNotEmpty();
  }
}
