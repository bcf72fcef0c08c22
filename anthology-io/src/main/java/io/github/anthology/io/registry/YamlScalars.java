package io.github.anthology.io.registry;

/**
 * How a scalar of a block-style YAML document is written, decided as SnakeYAML's emitter decides it
 * (so that the streamed writer gives the same bytes): the style asked for (plain, double-quoted or
 * literal), then what the text allows: plain only without leading or trailing blanks or breaks, a
 * leading indicator, {@code ": "} or {@code " #"}, or a leading zero; single quotes only without
 * spaces around a break or control characters; a literal block only without trailing spaces or
 * control characters; double quotes always.
 */
final class YamlScalars {
  static final int PLAIN = 0;
  static final int SINGLE_QUOTED = 1;
  static final int DOUBLE_QUOTED = 2;
  static final int LITERAL = 3;

  private static final int EMPTY = 1;
  private static final int MULTILINE = 2;
  private static final int BLOCK_PLAIN = 4;
  private static final int SINGLE = 8;
  private static final int BLOCK = 16;

  private static final String LEADING_INDICATORS = "#,[]{}&*!|>'\"%@`";

  private YamlScalars() {}

  /** The style a scalar is written in, given the style asked for and whether it is a simple key. */
  static int style(String text, int asked, boolean simpleKey) {
    if (asked == DOUBLE_QUOTED) {
      return DOUBLE_QUOTED;
    }
    int a = analyse(text);
    boolean multiline = (a & MULTILINE) != 0;
    if (asked == PLAIN && !(simpleKey && ((a & EMPTY) != 0 || multiline)) && (a & BLOCK_PLAIN) != 0) {
      return PLAIN;
    }
    if (asked == LITERAL) {
      return !simpleKey && (a & BLOCK) != 0 ? LITERAL : DOUBLE_QUOTED;
    }
    return (a & SINGLE) != 0 && !(simpleKey && multiline) ? SINGLE_QUOTED : DOUBLE_QUOTED;
  }

  /**
   * Whether a text is certainly asked for and written as a plain scalar of one line, seen in one pass:
   * longer than 10 characters (no reserved word or YAML 1.1 boolean or null), starting with an ASCII
   * letter (no indicator, number, date or leading blank), printable ASCII only (no break, no
   * character to escape), not ending in a space, without {@code [ ] { } ,}, without a {@code #}
   * after a space and without a {@code :} before a space or at the end. Most texts of a registry are
   * so; any other goes through the full rules.
   */
  static boolean ordinaryPlain(char[] a, int n) {
    if (n <= 10) {
      return false;
    }
    char first = a[0];
    if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z') || a[n - 1] == ' ') {
      return false;
    }
    char previous = first;
    for (int i = 1; i < n; i++) {
      char c = a[i];
      if (c < 0x20 || c > 0x7E) {
        return false;
      }
      switch (c) {
        case '[', ']', '{', '}', ',':
          return false;
        case '#':
          if (previous == ' ') {
            return false;
          }
          break;
        case ':':
          if (i == n - 1 || a[i + 1] == ' ') {
            return false;
          }
          break;
        default:
          break;
      }
      previous = c;
    }
    return true;
  }

  /** Whether a key can be written as {@code key: value} (shorter than 128, not empty, one line). */
  static boolean simpleKey(String text) {
    return text.length() < 128 && !text.isEmpty() && (analyse(text) & MULTILINE) == 0;
  }

  static boolean isBreak(int c) {
    return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean blank(int c) {
    return c == 0 || c == ' ' || c == '\t';
  }

  /** The analysis flags of a text. */
  static int analyse(String s) {
    int n = s.length();
    if (n == 0) {
      return EMPTY | BLOCK_PLAIN | SINGLE;
    }
    boolean block = s.startsWith("---") || s.startsWith("...");
    boolean breaks = false;
    boolean special = false;
    boolean leadingBlank = false;
    boolean trailingSpace = false;
    boolean trailingBreak = false;
    boolean breakSpace = false;
    boolean spaceBreak = false;
    boolean afterBlank = true;
    boolean beforeBlank = n == 1 || followsAsBlank(s.charAt(1));
    boolean lastSpace = false;
    boolean lastBreak = false;
    int i = 0;
    while (i < n) {
      int c = codePointAt(s, i);
      if (i == 0) {
        block |= LEADING_INDICATORS.indexOf(c) >= 0 || (c == '?' || c == ':' || c == '-') && beforeBlank;
      } else {
        block |= c == ':' && beforeBlank || c == '#' && afterBlank;
      }
      boolean isBreak = isBreak(c);
      breaks |= isBreak;
      if (c < 0x20 || c > 0x7E) {
        special |= !(c == '\n' || c == 0x85 || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
            || c >= 0x10000 && c <= 0x10FFFF);
      }
      if (c == ' ' || isBreak) {
        leadingBlank |= i == 0;
        boolean last = i == n - 1;
        if (c == ' ') {
          trailingSpace |= last;
          breakSpace |= lastBreak;
        } else {
          trailingBreak |= last;
          spaceBreak |= lastSpace;
        }
      }
      lastSpace = c == ' ';
      lastBreak = isBreak;
      i += c > 0xFFFF ? 2 : 1;
      afterBlank = blank(c) || isBreak;
      // the character after the next one, as the emitter looks at it (a pair's high half is no blank)
      beforeBlank = true;
      if (i + 1 < n) {
        int next = i + (codePointAt(s, i) > 0xFFFF ? 2 : 1);
        if (next < n) {
          beforeBlank = blank(s.charAt(next)) || isBreak;
        }
      }
    }
    int flags = (breaks ? MULTILINE : 0) | BLOCK_PLAIN | SINGLE | BLOCK;
    if (leadingBlank || trailingSpace || trailingBreak || leadingZero(s)) {
      flags &= ~BLOCK_PLAIN;
    }
    if (trailingSpace) {
      flags &= ~BLOCK;
    }
    if (breakSpace) {
      flags &= ~(BLOCK_PLAIN | SINGLE);
    }
    if (spaceBreak || special) {
      flags &= ~(BLOCK_PLAIN | SINGLE | BLOCK);
    }
    if (block) {
      flags &= ~BLOCK_PLAIN;
    }
    return flags;
  }

  /** Whether the character after the first is a blank or break, as the emitter first looks at it. */
  private static boolean followsAsBlank(char c) {
    return blank(c) || isBreak(c) || c == '\r';
  }

  /** {@link String#codePointAt} without its bounds checks: a pair as one code point, else the character. */
  private static int codePointAt(String s, int i) {
    char c = s.charAt(i);
    if (c >= Character.MIN_HIGH_SURROGATE && c <= Character.MAX_HIGH_SURROGATE && i + 1 < s.length()) {
      char d = s.charAt(i + 1);
      if (Character.isLowSurrogate(d)) {
        return Character.toCodePoint(c, d);
      }
    }
    return c;
  }

  /** {@code 0[0-9_]+}: read back as an octal number. */
  private static boolean leadingZero(String s) {
    if (s.length() < 2 || s.charAt(0) != '0') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '_')) {
        return false;
      }
    }
    return true;
  }
}
