package io.github.anthology.bench.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes YAML scalars and lists the way a curator does: block style, text double-quoted. */
final class YamlText {
  private final Writer out;

  YamlText(Writer out) {
    this.out = out;
  }

  YamlText line(String indent, String content) throws IOException {
    out.write(indent);
    out.write(content);
    out.write('\n');
    return this;
  }

  YamlText key(String indent, String key, String plainValue) throws IOException {
    return line(indent, key + ": " + plainValue);
  }

  YamlText quoted(String indent, String key, String value) throws IOException {
    return line(indent, key + ": " + quote(value));
  }

  /** A block list under a key; nothing at all when empty. */
  YamlText list(String indent, String key, List<String> items, boolean quote) throws IOException {
    if (items.isEmpty()) {
      return this;
    }
    line(indent, key + ":");
    for (String item : items) {
      line(indent + "  ", "- " + (quote ? quote(item) : item));
    }
    return this;
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
