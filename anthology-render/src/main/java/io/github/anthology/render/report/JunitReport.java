package io.github.anthology.render.report;

import io.github.anthology.rules.api.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, as CI servers read test results: a test suite per file and a failing test case per
 * finding, named by rule and place; the failure's type is the severity.
 */
public final class JunitReport implements Report {
  private final ReportContext context;

  /** With every rule on the class path known, for their documentation links. */
  public JunitReport() {
    this(ReportContext.defaults());
  }

  public JunitReport(ReportContext context) {
    this.context = context;
  }

  @Override
  public void write(List<Finding> findings, Appendable out) throws IOException {
    Map<String, List<Finding>> byFile = ByFile.group(findings);
    Xml.write(out, xml -> {
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "anthology lint");
      xml.writeAttribute("tests", Integer.toString(findings.size()));
      xml.writeAttribute("failures", Integer.toString(findings.size()));
      for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
        suite(xml, file.getKey(), file.getValue());
      }
      xml.writeEndElement();
    });
  }

  private void suite(XMLStreamWriter xml, String file, List<Finding> findings) throws XMLStreamException {
    String count = Integer.toString(findings.size());
    xml.writeStartElement("testsuite");
    Xml.attribute(xml, "name", file);
    xml.writeAttribute("tests", count);
    xml.writeAttribute("failures", count);
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", "0");
    for (Finding f : findings) {
      xml.writeStartElement("testcase");
      Xml.attribute(xml, "classname", file);
      Xml.attribute(xml, "name", f.ruleId() + " at " + f.span().location());
      xml.writeStartElement("failure");
      Xml.attribute(xml, "message", f.message());
      xml.writeAttribute("type", f.severity().label());
      xml.writeCharacters(Xml.clean(f.span().location() + ": " + f.severity().label() + " " + f.ruleId()
          + " " + f.message() + context.documentationUrl(f.ruleId()).map(u -> "\n" + u).orElse("")));
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }
}
