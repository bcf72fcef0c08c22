package io.github.anthology.render.report;

import io.github.anthology.rules.api.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML ({@code <checkstyle><file name><error line column severity message source/>}),
 * which many CI plugins and editors read. A message's newlines stay newlines ({@code &#10;}).
 */
public final class CheckstyleReport implements Report {
  @Override
  public void write(List<Finding> findings, Appendable out) throws IOException {
    Map<String, List<Finding>> byFile = ByFile.group(findings);
    Xml.write(out, xml -> {
      xml.start("checkstyle").attribute("version", "10.0");
      for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
        xml.start("file").attribute("name", file.getKey());
        for (Finding f : file.getValue()) {
          xml.start("error");
          if (f.span().hasPosition()) {
            xml.attribute("line", Integer.toString(f.span().line()))
                .attribute("column", Integer.toString(f.span().column()));
          }
          xml.attribute("severity", f.severity().label())
              .attribute("message", f.message())
              .attribute("source", "anthology." + f.ruleId())
              .end();
        }
        xml.end();
      }
      xml.end();
    });
  }
}
