package io.github.anthology.render.site;

import io.github.anthology.render.text.TextOut;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

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

  /** A placeholder's value that is a fixed text. */
  static Consumer<TextOut> text(String value) {
    return out -> out.append(value);
  }

  /**
   * Writes the template with every placeholder replaced by what its writer writes; values are
   * inserted as given, never re-scanned.
   */
  static void fill(String template, Map<String, Consumer<TextOut>> values, TextOut out) {
    int from = 0;
    for (int open = template.indexOf("{{"); open >= 0; open = template.indexOf("{{", from)) {
      int close = template.indexOf("}}", open);
      if (close < 0) {
        break;
      }
      String name = template.substring(open + 2, close);
      Consumer<TextOut> value = values.get(name);
      if (value == null) {
        throw new IllegalStateException("no value for {{" + name + "}}");
      }
      out.write(template, from, open - from);
      value.accept(out);
      from = close + 2;
    }
    out.write(template, from, template.length() - from);
  }
}
