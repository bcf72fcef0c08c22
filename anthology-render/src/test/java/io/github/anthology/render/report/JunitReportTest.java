package io.github.anthology.render.report;

import static io.github.anthology.render.report.XmlDocs.element;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {
  private static final List<String> CHECKED = List.of("naming/format", "naming/process-gerund", "taxonomy/overlap-merge");
  private static final List<String> INPUTS = List.of("research.yaml", "taxonomy.yaml", "dir with space/taxonomy.yaml");

  private static String render(Severity failOn, List<Finding> findings) throws Exception {
    ReportContext context = ReportContext.defaults().withRun(failOn, INPUTS, file -> CHECKED);
    String xml = XmlDocs.render(new JunitReport(context), findings);
    XmlDocs.validate(xml, XmlDocs.JUNIT_XSD);
    return xml;
  }

  private static Element suite(Document doc, String file) {
    NodeList suites = doc.getElementsByTagName("testsuite");
    for (int i = 0; i < suites.getLength(); i++) {
      if (((Element) suites.item(i)).getAttribute("name").equals(file)) {
        return (Element) suites.item(i);
      }
    }
    throw new AssertionError("no suite for " + file);
  }

  private static List<String> names(Element suite) {
    List<String> names = new ArrayList<>();
    NodeList cases = suite.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      names.add(((Element) cases.item(i)).getAttribute("name"));
    }
    return names;
  }

  @Test
  void everyInputFileIsASuiteWithATestCasePerRuleChecked() throws Exception {
    Document doc = XmlDocs.parse(render(Severity.ERROR, Fixtures.findings()));
    assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(3);
    assertThat(names(suite(doc, "research.yaml"))).containsExactlyElementsOf(CHECKED);
    assertThat(names(suite(doc, "taxonomy.yaml"))).containsExactlyElementsOf(CHECKED);
    assertThat(names(suite(doc, "dir with space/taxonomy.yaml")))
        .containsExactly("custom/plugin", "naming/format", "naming/process-gerund", "taxonomy/overlap-merge");
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("10");
  }

  @Test
  void withFailOnErrorOnlyErrorsAreFailuresAndTheRestIsListedInSystemOut() throws Exception {
    Document doc = XmlDocs.parse(render(Severity.ERROR, Fixtures.findings()));
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    assertThat(suite(doc, "research.yaml").getAttribute("failures")).isEqualTo("1");
    assertThat(suite(doc, "dir with space/taxonomy.yaml").getAttribute("failures")).isEqualTo("0");
    NodeList failures = doc.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(1);
    Element failure = (Element) failures.item(0);
    assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("naming/format");
    assertThat(failure.getAttribute("type")).isEqualTo("error");
    assertThat(failure.getTextContent()).startsWith("research.yaml:12:5: error naming/format topic `MoE`")
        .endsWith(DocLinks.rule("naming/format"));
    NodeList out = doc.getElementsByTagName("system-out");
    assertThat(out.getLength()).isEqualTo(2);
    assertThat(out.item(0).getTextContent()).startsWith("research.yaml:20:1: warning taxonomy/overlap-merge 100% <overlap>");
    assertThat(out.item(1).getTextContent()).isEqualTo("dir with space/taxonomy.yaml: info custom/plugin no position here\n");
  }

  @Test
  void withFailOnWarningWarningsFailToo() throws Exception {
    Document doc = XmlDocs.parse(render(Severity.WARNING, Fixtures.findings()));
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("2");
    Element warning = element(doc, "failure", 1);
    assertThat(warning.getAttribute("type")).isEqualTo("warning");
    assertThat(warning.getAttribute("message")).startsWith("100% <overlap> & \"more\", a:b\nsecond line \uFFFD end");
  }

  @Test
  void severalFindingsOfOneRuleMakeOneFailureListingEach() throws Exception {
    List<Finding> two = List.of(Fixtures.findings().get(0),
        Finding.builder().from(Fixtures.findings().get(0)).span(Fixtures.span("research.yaml", 30, 7)).build());
    Element failure = element(XmlDocs.parse(render(Severity.ERROR, two)), "failure", 0);
    assertThat(failure.getAttribute("message")).startsWith("2 findings; the first: topic `MoE`");
    assertThat(failure.getTextContent()).contains("research.yaml:12:5: error").contains("research.yaml:30:7: error");
  }

  @Test
  void aCleanRunIsAValidSuiteOfPassingTestCases() throws Exception {
    Document doc = XmlDocs.parse(render(Severity.ERROR, List.of()));
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("9");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
  }

  @Test
  void withoutAKnownRunACleanReportStillHasASuiteOfEveryRule() throws Exception {
    ReportContext context = ReportContext.defaults();
    String xml = XmlDocs.render(new JunitReport(context), List.of());
    XmlDocs.validate(xml, XmlDocs.JUNIT_XSD);
    Document doc = XmlDocs.parse(xml);
    assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(context.rules().size()).isGreaterThan(30);
  }
}
