package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

class LintReportsCliTest {
  static final String RESEARCH = "../testdata/anthology-of-the-sota/research.yaml";

  @TempDir Path tmp;

  @Test
  void textReportGroupsTheRealRegistrysFindingsAndFailsOnErrors() {
    CliRun r = CliRun.of("lint", RESEARCH);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).startsWith(RESEARCH + "\n" + RESEARCH + ":")
        .contains(":833:9: error naming/format topic `MoE`")
        .contains("naming/format: https://github.com/anthology/anthology/blob/main/docs/rules/naming/format.md")
        .doesNotContain("\u001b[");
  }

  @Test
  void sarifOnTheCommandLineIsJsonWithOneResultPerFinding() throws Exception {
    CliRun text = CliRun.of("lint", "--format", "json", RESEARCH);
    CliRun sarif = CliRun.of("lint", "--format", "sarif", RESEARCH);
    assertThat(sarif.exitCode()).isEqualTo(1);
    var json = new ObjectMapper();
    assertThat(json.readTree(sarif.out()).at("/runs/0/results").size())
        .isEqualTo(json.readTree(text.out()).get("findings").size()).isPositive();
  }

  @Test
  void xmlFormatsParse() throws Exception {
    for (String format : new String[] {"junit", "checkstyle"}) {
      CliRun r = CliRun.of("lint", "--format", format, RESEARCH);
      assertThat(r.exitCode()).isEqualTo(1);
      DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(r.out())));
    }
  }

  @Test
  void githubFormatWritesOneAnnotationPerFinding() {
    CliRun r = CliRun.of("lint", "--format", "github", RESEARCH);
    assertThat(r.out().lines())
        .allMatch(l -> l.startsWith("::error ") || l.startsWith("::warning ") || l.startsWith("::notice "));
    assertThat(r.out()).contains("::error file=../testdata/anthology-of-the-sota/research.yaml,line=833,col=9,");
  }

  @Test
  void outputGoesToTheFileAndNothingToStandardOutput() throws Exception {
    Path file = tmp.resolve("report.sarif");
    CliRun r = CliRun.of("lint", "--format", "sarif", "--output", file.toString(), RESEARCH);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(new ObjectMapper().readTree(file.toFile()).get("version").asText()).isEqualTo("2.1.0");
    try (var listing = Files.list(tmp)) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void anOutputFileThatCannotBeWrittenIsAUsageError() {
    CliRun r = CliRun.of("lint", "--output", tmp.resolve("missing/dir/report.txt").toString(), RESEARCH);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("anthology: cannot write ");
  }

  @Test
  void failOnWarningAndMaxWarningsDecideTheExitCode() throws Exception {
    Path config = tmp.resolve("anthology.yaml");
    Files.writeString(config, "rules: {naming/format: off, " + LintConfigCliTest.OTHER + "}\n");
    String[] base = {"lint", "--config", config.toString(), RESEARCH};
    assertThat(CliRun.of(base).exitCode()).isZero();
    assertThat(CliRun.of(concat(base, "--fail-on", "warning")).exitCode()).isEqualTo(1);
    assertThat(CliRun.of(concat(base, "--max-warnings", "100")).exitCode()).isZero();
    assertThat(CliRun.of(concat(base, "--max-warnings", "0")).exitCode()).isEqualTo(1);
    assertThat(CliRun.of(concat(base, "--max-warnings", "-1")).exitCode()).isEqualTo(2);
    assertThat(CliRun.of(concat(base, "--fail-on", "fatal")).exitCode()).isEqualTo(2);
  }

  static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
