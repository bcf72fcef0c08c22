package io.github.anthology.render.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A text resource of this package with {@code {{name}}} placeholders, filled in one pass. */
final class Template {
  private Template() {}

  static String resource(String name) {
    try (InputStream in = Template.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + Template.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template with every placeholder replaced; values are inserted as given, never re-scanned. */
  static String fill(String template, Map<String, String> values) {
    StringBuilder out = new StringBuilder(template.length() + values.values().stream().mapToInt(String::length).sum());
    int from = 0;
    for (int open = template.indexOf("{{"); open >= 0; open = template.indexOf("{{", from)) {
      int close = template.indexOf("}}", open);
      if (close < 0) {
        break;
      }
      String name = template.substring(open + 2, close);
      String value = values.get(name);
      if (value == null) {
        throw new IllegalStateException("no value for {{" + name + "}}");
      }
      out.append(template, from, open).append(value);
      from = close + 2;
    }
    return out.append(template, from, template.length()).toString();
  }
}
