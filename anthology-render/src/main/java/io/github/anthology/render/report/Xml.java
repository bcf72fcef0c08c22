package io.github.anthology.render.report;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small XML writer for the report formats, indenting elements that hold elements. Attribute
 * values keep newlines, carriage returns and tabs as character references ({@code &#10;}), which a
 * parser reads back as those characters (raw, it would normalise them to spaces); characters XML
 * 1.0 cannot hold at all become U+FFFD, so any message makes a well-formed document.
 */
final class Xml {
  /** One XML document body. */
  interface Body {
    void write(Xml xml) throws IOException;
  }

  private final Appendable out;
  private final Deque<String> open = new ArrayDeque<>();
  private boolean inStartTag;
  private boolean hasChildElements;

  private Xml(Appendable out) {
    this.out = out;
  }

  static void write(Appendable out, Body body) throws IOException {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    Xml xml = new Xml(out);
    body.write(xml);
    if (!xml.open.isEmpty()) {
      throw new IllegalStateException("unclosed elements: " + xml.open);
    }
    out.append('\n');
  }

  Xml start(String name) throws IOException {
    closeStartTag();
    if (!open.isEmpty()) {
      out.append('\n').append("  ".repeat(open.size()));
    }
    out.append('<').append(name);
    open.push(name);
    inStartTag = true;
    hasChildElements = false;
    return this;
  }

  Xml attribute(String name, String value) throws IOException {
    if (!inStartTag) {
      throw new IllegalStateException("attribute " + name + " outside a start tag");
    }
    out.append(' ').append(name).append("=\"");
    escape(value, true);
    out.append('"');
    return this;
  }

  Xml text(String text) throws IOException {
    closeStartTag();
    escape(text, false);
    return this;
  }

  Xml end() throws IOException {
    String name = open.pop();
    if (inStartTag) {
      out.append("/>");
      inStartTag = false;
    } else {
      if (hasChildElements) {
        out.append('\n').append("  ".repeat(open.size()));
      }
      out.append("</").append(name).append('>');
    }
    hasChildElements = true; // the parent now holds an element
    return this;
  }

  private void closeStartTag() throws IOException {
    if (inStartTag) {
      out.append('>');
      inStartTag = false;
    }
  }

  private void escape(String s, boolean attribute) throws IOException {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int next = i + Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        case '\r' -> out.append("&#13;");
        default -> {
          if (allowed(c)) {
            out.append(s, i, next);
          } else {
            out.append('\uFFFD');
          }
        }
      }
      i = next;
    }
  }

  /** Whether XML 1.0 can hold the character at all. */
  static boolean allowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
