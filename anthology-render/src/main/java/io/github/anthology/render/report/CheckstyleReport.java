package io.github.anthology.render.report;

import io.github.anthology.rules.api.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML ({@code <checkstyle><file name><error line column severity message source/>}),
 * which many CI plugins and editors read.
 */
public final class CheckstyleReport implements Report {
  @Override
  public void write(List<Finding> findings, Appendable out) throws IOException {
    Map<String, List<Finding>> byFile = ByFile.group(findings);
    Xml.write(out, xml -> {
      xml.writeStartElement("checkstyle");
      xml.writeAttribute("version", "10.0");
      for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
        xml.writeStartElement("file");
        Xml.attribute(xml, "name", file.getKey());
        for (Finding f : file.getValue()) {
          xml.writeEmptyElement("error");
          if (f.span().hasPosition()) {
            xml.writeAttribute("line", Integer.toString(f.span().line()));
            xml.writeAttribute("column", Integer.toString(f.span().column()));
          }
          xml.writeAttribute("severity", f.severity().label());
          Xml.attribute(xml, "message", f.message());
          Xml.attribute(xml, "source", "anthology." + f.ruleId());
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
    });
  }
}
