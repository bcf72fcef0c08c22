package io.github.anthology.io;

import io.github.anthology.io.yaml.YamlDocument;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The kinds of file a registry is made of, and how a file shows which it is. */
public enum InputKind {
  RESEARCH,
  TAXONOMY,
  REGISTRY,
  READING_LIST,
  CONFIG;

  /**
   * Whether a YAML text's first key is {@code metadata:} or {@code recommendations:} at the start of
   * a line, so an export is parsed once, by the export reader, rather than composed first to see
   * what it is. Anything less plain goes through {@link #of}.
   */
  static boolean startsLikeAnExport(String text) {
    int i = 0;
    while (i < text.length()) {
      int end = text.indexOf('\n', i);
      String line = text.substring(i, end < 0 ? text.length() : end);
      if (!line.isBlank() && !line.startsWith("#") && !line.equals("---")) {
        return line.startsWith("metadata:") || line.startsWith("recommendations:");
      }
      i = end < 0 ? text.length() : end + 1;
    }
    return false;
  }

  static boolean isMarkdown(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".md") || n.endsWith(".markdown");
  }

  /**
   * A document with a top-level {@code topics} key is a taxonomy; one keyed by years is research;
   * one that starts with {@code metadata} or {@code recommendations} is a registry export.
   */
  static InputKind of(YamlDocument doc) {
    if (!(doc.root() instanceof MappingNode map) || map.getValue().isEmpty()) {
      return InputKind.CONFIG;
    }
    if (map.getValue().get(0).getKeyNode() instanceof ScalarNode key) {
      if (key.getValue().equals("topics")) {
        return InputKind.TAXONOMY;
      }
      if (key.getValue().matches("\\d{4}")) {
        return InputKind.RESEARCH;
      }
      if (key.getValue().equals("metadata") || key.getValue().equals("recommendations")) {
        return InputKind.REGISTRY;
      }
    }
    return InputKind.CONFIG;
  }
}

