package io.github.anthology.io.rewrite;

import io.github.anthology.model.source.TextEdit;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Values written into YAML by a rewrite: plain when that reads back as the same text, else quoted. */
final class YamlValues {
  private static final Pattern SAFE_PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 ._/()'-]*[A-Za-z0-9.)]|[A-Za-z]");
  private static final Set<String> RESERVED =
      Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~");

  private YamlValues() {}

  /** The text as a scalar that is safe in block and flow context alike. */
  static String scalar(String text) {
    if (SAFE_PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(java.util.Locale.ROOT))) {
      return text;
    }
    return quoted(text);
  }

  /** The text in double quotes, escaped: what YAML reads back as exactly the text, whatever it holds. */
  static String quoted(String text) {
    return TextEdit.doubleQuoted(text);
  }

  /** A flow list, {@code [a, b]}. */
  static String flowList(List<String> items) {
    return "[" + String.join(", ", items.stream().map(YamlValues::scalar).toList()) + "]";
  }
}
