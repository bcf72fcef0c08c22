package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** JUnit reports of real runs: their failures agree with the exit code, their test cases with the configuration. */
class LintJunitCliTest {
  @TempDir Path tmp;

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private String[] withOnlyWarnings(String... more) throws Exception {
    Path config = tmp.resolve("anthology.yaml");
    Files.writeString(config, "rules: {naming/format: warning, naming/component-noun: off, "
        + LintConfigCliTest.OTHER + "}\n");
    return LintReportsCliTest.concat(new String[] {"lint", "--format", "junit", "--config", config.toString(),
        LintReportsCliTest.RESEARCH}, more);
  }

  @Test
  void warningsAreNoFailuresWhenTheRunPasses() throws Exception {
    CliRun r = CliRun.of(withOnlyWarnings());
    assertThat(r.exitCode()).isZero();
    Document doc = parse(r.out());
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(doc.getElementsByTagName("system-out").getLength()).isPositive();
  }

  @Test
  void warningsFailWhenFailOnWarningFailsTheRun() throws Exception {
    CliRun r = CliRun.of(withOnlyWarnings("--fail-on", "warning"));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(parse(r.out()).getDocumentElement().getAttribute("failures")).isNotEqualTo("0");
  }

  @Test
  void theSuiteOfTheFileHasATestCaseForEachRuleThatRanAndNoneForARuleTurnedOff() throws Exception {
    Document doc = parse(CliRun.of(withOnlyWarnings()).out());
    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(1);
    Element suite = (Element) suites.item(0);
    assertThat(suite.getAttribute("name")).isEqualTo(LintReportsCliTest.RESEARCH);
    NodeList cases = suite.getElementsByTagName("testcase");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      names.add(((Element) cases.item(i)).getAttribute("name"));
    }
    assertThat(names).contains("naming/format", "taxonomy/overlap-merge").doesNotContain("naming/component-noun");
    assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(names.size()));
  }
}
