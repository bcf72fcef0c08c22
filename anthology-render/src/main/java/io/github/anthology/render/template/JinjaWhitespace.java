package io.github.anthology.render.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Jinja's {@code trim_blocks} and {@code lstrip_blocks}, applied to a template's text before Pebble
 * reads it (Pebble's own newline trimming also eats the newline after {@code }}}, which Jinja keeps):
 * the first newline after a block or comment tag is dropped, and spaces and tabs before a block or
 * comment tag that starts its line are dropped ({@code {%+} keeps them, as in Jinja). The result
 * remembers which lines of the template each of its lines joins, so errors name the template's lines.
 */
record JinjaWhitespace(String text, List<Integer> originalLines) {
  private static final Pattern BEFORE_TAG = Pattern.compile("(?m)^[ \\t]+(?=\\{[%#](?!\\+))");
  private static final Pattern KEEP_MARK = Pattern.compile("\\{([%#])\\+");

  static JinjaWhitespace apply(String template) {
    String t = KEEP_MARK.matcher(BEFORE_TAG.matcher(template).replaceAll("")).replaceAll("{$1");
    StringBuilder out = new StringBuilder(t.length());
    List<Integer> lines = new ArrayList<>();
    int line = 1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean afterTag = i >= 2 && t.charAt(i - 1) == '}' && (t.charAt(i - 2) == '%' || t.charAt(i - 2) == '#');
      if (afterTag && (c == '\n' || (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n'))) {
        if (c == '\r') {
          i++;
        }
        line++;
        continue;
      }
      out.append(c);
      if (c == '\n') {
        lines.add(line);
        line++;
      }
    }
    lines.add(line);
    return new JinjaWhitespace(out.toString(), List.copyOf(lines));
  }

  /**
   * The template's line of a line of the text: the last one it holds, since what follows a trimmed
   * tag (where errors usually are) comes from the template's later line.
   */
  int original(int line) {
    return line >= 1 && line <= originalLines.size() ? originalLines.get(line - 1) : line;
  }
}
