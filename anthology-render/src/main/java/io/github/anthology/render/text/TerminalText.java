package io.github.anthology.render.text;

/**
 * User text made safe to print on a terminal or into a CI log: every control character (line
 * breaks, ESC, the C1 controls), the Unicode line and paragraph separators and the bidirectional
 * overrides are written as escapes ({@code \n}, {@code \x1b}, {@code \u202e}), so a title can
 * neither start a line of its own (which GitHub Actions would read as a workflow command such as
 * {@code ::error}) nor move the cursor, recolour the screen or reorder what is shown.
 */
public final class TerminalText {
  private TerminalText() {}

  public static String escape(String text) {
    int i = 0;
    while (i < text.length() && !unsafe(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(c)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x100) {
        sb.append(String.format("\\x%02x", (int) c));
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb.toString();
  }

  private static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
  }
}
