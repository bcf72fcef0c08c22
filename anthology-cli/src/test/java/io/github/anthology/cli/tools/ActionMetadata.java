package io.github.anthology.cli.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.Set;

/** SchemaStore's published JSON Schemas for GitHub Action metadata and workflow files. */
final class ActionMetadata {
  static final Path ACTION_SCHEMA = ExternalTool.ROOT.resolve("testdata/schemastore/github-action.json");
  static final Path WORKFLOW_SCHEMA = ExternalTool.ROOT.resolve("testdata/schemastore/github-workflow.json");

  private ActionMetadata() {}

  static Set<ValidationMessage> validate(Path schema, JsonNode document) throws Exception {
    JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(new ObjectMapper().readTree(schema.toFile()));
    return s.validate(document);
  }
}
