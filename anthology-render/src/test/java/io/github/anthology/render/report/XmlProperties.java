package io.github.anthology.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.w3c.dom.Element;

class XmlProperties {
  private static String written(String text) throws Exception {
    StringBuilder out = new StringBuilder();
    Xml.write(out, xml -> xml.start("r").attribute("a", text).start("t").text(text).end().end());
    return out.toString();
  }

  /** What a parser reads back: the text, with characters XML cannot hold replaced. */
  private static String held(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints().forEach(c -> b.appendCodePoint(Xml.allowed(c) ? c : 0xFFFD));
    return b.toString();
  }

  @Property
  void anyTextReadsBackFromAnAttributeAndAnElement(@ForAll String text) throws Exception {
    Element root = XmlDocs.parse(written(text)).getDocumentElement();
    assertThat(root.getAttribute("a")).isEqualTo(held(text));
    assertThat(root.getElementsByTagName("t").item(0).getTextContent()).isEqualTo(held(text));
  }

  @Example
  void charactersXmlCannotHoldAreReplaced() throws Exception {
    assertThat(written("a\u0000b\u001bc\ud800d\tok")).contains("a=\"a\uFFFDb\uFFFDc\uFFFDd&#9;ok\"");
  }

  @Example
  void elementsHoldingElementsAreIndented() throws Exception {
    StringBuilder out = new StringBuilder();
    Xml.write(out, xml -> xml.start("a").start("b").start("c").end().start("d").text("x").end().end().end());
    assertThat(out.toString()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>\n  <b>\n    <c/>\n    <d>x</d>\n  </b>\n</a>\n");
  }
}
