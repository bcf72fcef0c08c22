package io.github.anthology.render.report;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writing an XML report with the JDK's streaming writer, which escapes markup characters. */
final class Xml {
  private Xml() {}

  /** One XML document body, written and finished; checked XML errors become IOExceptions. */
  interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  static void write(Appendable out, Body body) throws IOException {
    Writer writer = out instanceof Writer w ? w : new AppendableWriter(out);
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      body.write(xml);
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write XML report: " + e.getMessage(), e);
    }
    out.append('\n');
  }

  /**
   * Text with the characters XML 1.0 cannot hold at all (most control characters, lone
   * surrogates) replaced by U+FFFD, so any message makes a well-formed document.
   */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
      b.appendCodePoint(ok ? c : 0xFFFD);
      i += Character.charCount(c);
    }
    return b.toString();
  }

  static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, clean(value));
  }
}
