package io.github.anthology.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class XmlReportsTest {
  private static Document parse(ReportFormat format, List<io.github.anthology.rules.api.Finding> findings)
      throws Exception {
    StringBuilder out = new StringBuilder();
    format.create().write(findings, out);
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(out.toString())));
  }

  @Test
  void junitIsWellFormedWithASuitePerFileAndAFailurePerFinding() throws Exception {
    Document doc = parse(ReportFormat.JUNIT, Fixtures.findings());
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("3");
    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    assertThat(((Element) suites.item(0)).getAttribute("name")).isEqualTo("research.yaml");
    Element failure = (Element) doc.getElementsByTagName("failure").item(1);
    assertThat(failure.getAttribute("type")).isEqualTo("warning");
    assertThat(failure.getAttribute("message")).startsWith("100% <overlap> & \"more\", a:b").contains("\uFFFD end");
    assertThat(((Element) doc.getElementsByTagName("testcase").item(0)).getAttribute("name"))
        .isEqualTo("naming/format at research.yaml:12:5");
  }

  @Test
  void junitWithoutFindingsHasNoTests() throws Exception {
    Document doc = parse(ReportFormat.JUNIT, List.of());
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("0");
  }

  @Test
  void checkstyleIsWellFormedWithAnErrorElementPerFinding() throws Exception {
    Document doc = parse(ReportFormat.CHECKSTYLE, Fixtures.findings());
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("checkstyle");
    NodeList files = doc.getElementsByTagName("file");
    assertThat(files.getLength()).isEqualTo(2);
    Element first = (Element) doc.getElementsByTagName("error").item(0);
    assertThat(first.getAttribute("line")).isEqualTo("12");
    assertThat(first.getAttribute("column")).isEqualTo("5");
    assertThat(first.getAttribute("severity")).isEqualTo("error");
    assertThat(first.getAttribute("source")).isEqualTo("anthology.naming/format");
    Element noPosition = (Element) doc.getElementsByTagName("error").item(2);
    assertThat(noPosition.hasAttribute("line")).isFalse();
    assertThat(noPosition.getAttribute("severity")).isEqualTo("info");
  }

  @Test
  void charactersXmlCannotHoldAreReplaced() {
    assertThat(Xml.clean("a\u0000b\u001bc\ud800d\tok")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\tok");
  }
}
