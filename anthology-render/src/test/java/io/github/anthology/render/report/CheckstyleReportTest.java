package io.github.anthology.render.report;

import static io.github.anthology.render.report.XmlDocs.element;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class CheckstyleReportTest {
  @Test
  void anErrorElementPerFindingGroupedByFile() throws Exception {
    Document doc = XmlDocs.parse(XmlDocs.render(new CheckstyleReport(), Fixtures.findings()));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("checkstyle");
    assertThat(doc.getElementsByTagName("file").getLength()).isEqualTo(2);
    Element first = element(doc, "error", 0);
    assertThat(first.getAttribute("line")).isEqualTo("12");
    assertThat(first.getAttribute("column")).isEqualTo("5");
    assertThat(first.getAttribute("severity")).isEqualTo("error");
    assertThat(first.getAttribute("source")).isEqualTo("anthology.naming/format");
    Element noPosition = element(doc, "error", 2);
    assertThat(noPosition.hasAttribute("line")).isFalse();
    assertThat(noPosition.getAttribute("severity")).isEqualTo("info");
  }

  @Test
  void newlinesInAMessageAreCharacterReferencesThatAParserReadsBack() throws Exception {
    String xml = XmlDocs.render(new CheckstyleReport(), Fixtures.findings());
    assertThat(xml).contains("message=\"100% &lt;overlap&gt; &amp; &quot;more&quot;, a:b&#10;second line \uFFFD end\"");
    assertThat(element(XmlDocs.parse(xml), "error", 1).getAttribute("message"))
        .isEqualTo("100% <overlap> & \"more\", a:b\nsecond line \uFFFD end");
  }
}
