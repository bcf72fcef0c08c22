package io.github.anthology.cli.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composite action's script steps, run as a runner runs them, on the bundled example registry. */
class ActionIT {
  @TempDir Path tmp;
  private ActionRunner runner;
  private Path workspace;
  private Path temp;

  @BeforeEach
  void workspace() throws Exception {
    BuiltCli.jar();
    runner = new ActionRunner(ExternalTool.ROOT);
    workspace = BuiltCli.copyExample(tmp.resolve("workspace/registry")).getParent();
    temp = Files.createDirectories(tmp.resolve("runner-temp"));
  }

  @Test
  void theBundledExampleLintsCleanlyWithItsWarningsAsAnnotations() throws Exception {
    ActionRunner.Run run = runner.run(workspace, temp, Map.of("path", "registry"), Map.of());
    assertThat(run.exitCode()).as(run.log()).isZero();
    assertThat(run.uses()).singleElement().asString().startsWith("actions/setup-java@");
    assertThat(run.log()).contains("::warning file=registry/taxonomy.yaml,line=33,col=11,")
        .contains("::notice file=registry/taxonomy.yaml,line=59,");
    assertThat(run.outputs()).containsEntry("exit-code", "0").containsEntry("sarif", "");
    assertThat(run.env().get("ANTHOLOGY_JAR")).isEqualTo(BuiltCli.JAR.toString());
  }

  @Test
  void aMalformedTopicTagFailsTheStepWithAnErrorAnnotationAndTheSarifReportIsWritten() throws Exception {
    Path research = workspace.resolve("registry/research.yaml");
    Files.writeString(research, Files.readString(research).replaceFirst("- training-optimization\n", "- Training_Optimization\n"));
    ActionRunner.Run run = runner.run(workspace, temp,
        Map.of("path", "registry\n", "sarif", "anthology.sarif", "setup-java", "false"), Map.of());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.uses()).isEmpty();
    assertThat(run.log()).contains("::error file=registry/research.yaml,line=12,col=9,")
        .contains("title=taxonomy/unknown-topic::topic `Training_Optimization`");
    assertThat(run.outputs()).containsEntry("exit-code", "1").containsEntry("sarif", "anthology.sarif");
    JsonNode sarif = new ObjectMapper().readTree(workspace.resolve("anthology.sarif").toFile());
    assertThat(sarif.at("/runs/0/results").findValuesAsText("ruleId")).contains("taxonomy/unknown-topic");
    assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .startsWith("registry/");
  }

  @Test
  void failOnWarningFailsTheExampleOnItsWarning() throws Exception {
    ActionRunner.Run run = runner.run(workspace, temp, Map.of("path", "registry", "fail-on", "warning"), Map.of());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outputs()).containsEntry("exit-code", "1");
  }

  @Test
  void aReleasedVersionIsDownloadedInsteadOfBuilt() throws Exception {
    Path release = Files.createDirectories(tmp.resolve("releases/v0.1.0"));
    Files.copy(BuiltCli.JAR, release.resolve("anthology.jar"));
    ActionRunner.Run run = runner.run(workspace, temp, Map.of("path", "registry", "version", "0.1.0"),
        Map.of("ANTHOLOGY_RELEASES", tmp.resolve("releases").toUri().toString().replaceFirst("/$", "")));
    assertThat(run.exitCode()).as(run.log()).isZero();
    assertThat(run.env().get("ANTHOLOGY_JAR")).isEqualTo(temp.resolve("anthology-0.1.0/anthology.jar").toString());
    assertThat(run.log()).contains("::warning file=registry/taxonomy.yaml");
  }
}
