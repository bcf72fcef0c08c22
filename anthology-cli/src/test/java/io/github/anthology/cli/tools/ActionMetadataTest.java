package io.github.anthology.cli.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code action.yml} is action metadata GitHub accepts, and the workflow docs/ci.md shows (and our
 * own) are workflows it accepts, using the action as it is: checked against SchemaStore's schemas.
 */
class ActionMetadataTest {
  private static final Path GUIDE = ExternalTool.ROOT.resolve("docs/ci.md");
  private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

  private static JsonNode documentedWorkflow() throws Exception {
    Matcher m = YAML_BLOCK.matcher(Files.readString(GUIDE));
    List<String> workflows = new ArrayList<>();
    while (m.find()) {
      if (m.group(1).contains("jobs:")) {
        workflows.add(m.group(1));
      }
    }
    assertThat(workflows).hasSize(1);
    return new YAMLMapper().readTree(workflows.get(0));
  }

  private static JsonNode step(JsonNode workflow, String uses) {
    for (JsonNode step : workflow.at("/jobs/lint/steps")) {
      if (step.path("uses").asText().startsWith(uses)) {
        return step;
      }
    }
    throw new AssertionError("no step uses " + uses);
  }

  private static JsonNode action() throws Exception {
    return new YAMLMapper().readTree(ExternalTool.ROOT.resolve("action.yml").toFile());
  }

  @Test
  void theActionMatchesTheActionMetadataSchema() throws Exception {
    assertThat(ActionMetadata.validate(ActionMetadata.ACTION_SCHEMA, action())).isEmpty();
    assertThat(action().at("/runs/using").asText()).isEqualTo("composite");
  }

  @Test
  void theSchemasRejectWhatGithubWouldReject() throws Exception {
    ObjectNode action = (ObjectNode) action();
    ((ObjectNode) action.at("/inputs/path")).put("requierd", true);
    assertThat(ActionMetadata.validate(ActionMetadata.ACTION_SCHEMA, action)).isNotEmpty();
    ObjectNode workflow = (ObjectNode) documentedWorkflow();
    ((ObjectNode) workflow.at("/jobs/lint")).remove("runs-on");
    assertThat(ActionMetadata.validate(ActionMetadata.WORKFLOW_SCHEMA, workflow)).isNotEmpty();
  }

  @Test
  void scriptsTakeInputsFromTheEnvironmentNeverFromExpressionsInTheirText() throws Exception {
    for (JsonNode step : action().at("/runs/steps")) {
      assertThat(step.path("run").asText()).doesNotContain("${{");
    }
  }

  @Test
  void theDocumentedWorkflowMatchesTheWorkflowSchema() throws Exception {
    assertThat(ActionMetadata.validate(ActionMetadata.WORKFLOW_SCHEMA, documentedWorkflow())).isEmpty();
  }

  @Test
  void theDocumentedWorkflowUploadsTheSarifFileTheActionWrites() throws Exception {
    JsonNode workflow = documentedWorkflow();
    JsonNode lint = step(workflow, "anthology/anthology@");
    JsonNode upload = step(workflow, "github/codeql-action/upload-sarif@");
    assertThat(upload.at("/with/sarif_file").asText()).isEqualTo(lint.at("/with/sarif").asText()).isNotEmpty();
    assertThat(upload.get("if").asText()).contains("always()").contains("steps." + lint.get("id").asText() + ".outputs.sarif");
    assertThat(workflow.at("/permissions/security-events").asText()).isEqualTo("write");
  }

  @Test
  void theDocumentedInputsAreTheActionsInputs() throws Exception {
    JsonNode action = action();
    String guide = Files.readString(GUIDE);
    action.path("inputs").fieldNames().forEachRemaining(input -> assertThat(guide).contains("| `" + input + "` |"));
    step(documentedWorkflow(), "anthology/anthology@").path("with").fieldNames()
        .forEachRemaining(input -> assertThat(action.at("/inputs/" + input).isObject()).as(input).isTrue());
  }

  @Test
  void ourOwnWorkflowMatchesTheWorkflowSchema() throws Exception {
    JsonNode ci = new YAMLMapper().readTree(ExternalTool.ROOT.resolve(".github/workflows/ci.yml").toFile());
    assertThat(ActionMetadata.validate(ActionMetadata.WORKFLOW_SCHEMA, ci)).isEmpty();
  }
}
