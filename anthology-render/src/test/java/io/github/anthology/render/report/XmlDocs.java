package io.github.anthology.render.report;

import io.github.anthology.rules.api.Finding;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** Rendering XML reports and reading them back with the JDK's parser. */
final class XmlDocs {
  /** The JUnit schema of the Jenkins xUnit plugin, the one most consumers follow. */
  static final Path JUNIT_XSD = Path.of("../testdata/junit/junit-10.xsd");

  private XmlDocs() {}

  static String render(Report report, List<Finding> findings) throws Exception {
    StringBuilder out = new StringBuilder();
    report.write(findings, out);
    return out.toString();
  }

  static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  /** Throws when the document does not validate against the schema. */
  static void validate(String xml, Path xsd) throws Exception {
    Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile());
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  static Element element(Document doc, String tag, int index) {
    return (Element) doc.getElementsByTagName(tag).item(index);
  }
}
