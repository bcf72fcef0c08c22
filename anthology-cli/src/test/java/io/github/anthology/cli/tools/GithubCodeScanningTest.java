package io.github.anthology.cli.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.anthology.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real registry's SARIF report passes GitHub code scanning's rules as Microsoft's validator
 * checks them: no error, whether the input path was relative or absolute.
 */
class GithubCodeScanningTest {
  static final String RESEARCH = "../testdata/anthology-of-the-sota/research.yaml";

  @TempDir Path tmp;

  @BeforeEach
  void validator() {
    ExternalTool.requireOrSkip(SarifMultitool.present(), "the SARIF multitool", SarifMultitool.INSTALL);
  }

  private Path report(String input, String name) {
    Path sarif = tmp.resolve(name);
    CliRun r = CliRun.of("lint", "--format", "sarif", "--output", sarif.toString(), input);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    return sarif;
  }

  private static List<SarifMultitool.Problem> errors(Path sarif) throws Exception {
    return SarifMultitool.validate(sarif).stream().filter(p -> p.level().equals("error")).toList();
  }

  @Test
  void theRealRegistrysReportHasNoErrorWithARelativeInputPath() throws Exception {
    Path sarif = report(RESEARCH, "relative.sarif");
    assertThat(new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results").size()).as("a report with real findings").isGreaterThan(20);
    assertThat(SarifMultitool.validate(sarif)).isEmpty();
  }

  @Test
  void theRealRegistrysReportHasNoErrorWithAnAbsoluteInputPath() throws Exception {
    Path sarif = report(Path.of(RESEARCH).toAbsolutePath().normalize().toString(), "absolute.sarif");
    assertThat(SarifMultitool.validate(sarif)).isEmpty();
  }

  @Test
  void theValidatorDoesCatchWhatGithubRequires() throws Exception {
    Path sarif = report(RESEARCH, "stripped.sarif");
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = (ObjectNode) json.readTree(sarif.toFile());
    ((ObjectNode) root.at("/runs/0/tool/driver/rules/0")).remove(List.of("fullDescription", "help"));
    ((ObjectNode) root.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation"))
        .put("uri", "/absolute/research.yaml").remove("uriBaseId");
    json.writeValue(sarif.toFile(), root);
    assertThat(errors(sarif)).extracting(SarifMultitool.Problem::rule).contains("GH2012", "SARIF1004");
  }
}
