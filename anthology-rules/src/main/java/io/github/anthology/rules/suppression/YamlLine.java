package io.github.anthology.rules.suppression;

/** Just enough YAML lexing of one line to tell a comment from a {@code #} inside a value. */
final class YamlLine {
  private YamlLine() {}

  /** The index of the {@code #} that starts the line's comment, or -1. */
  static int commentStart(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '"') {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quote = 0;
        }
      } else if (quote == '\'') {
        if (c == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
          i++;
        } else if (c == '\'') {
          quote = 0;
        }
      } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return i;
      } else if ((c == '"' || c == '\'') && startsToken(line, i)) {
        quote = c;
      }
    }
    return -1;
  }

  /** A quote opens a quoted scalar only where a value can start: line start, after {@code : - [ { , ?}. */
  private static boolean startsToken(String line, int i) {
    int j = i - 1;
    if (j >= 0 && !Character.isWhitespace(line.charAt(j)) && "[{,".indexOf(line.charAt(j)) < 0) {
      return false;
    }
    while (j >= 0 && Character.isWhitespace(line.charAt(j))) {
      j--;
    }
    return j < 0 || ":-[{,?".indexOf(line.charAt(j)) >= 0;
  }

  /** Whether the line (comment removed) ends with a block scalar header such as {@code |}, {@code >-}. */
  static boolean opensBlockScalar(String content) {
    String s = content.stripTrailing();
    return s.matches("(.*[:\\-?]\\s+|\\s*)[|>][+\\-]?[1-9]?[+\\-]?");
  }
}
