package io.github.anthology.io.registry;

/**
 * The characters of a double-quoted YAML scalar as SnakeYAML's emitter writes them: printable ASCII
 * as it is, the named escapes ({@code \n}, {@code \t}, {@code \"}, {@code \\}, {@code \N},
 * {@code \_}, {@code \L}, {@code \P} ...), other printable characters as they are, and the rest as
 * {@code \xXX}, {@code \\uXXXX} or {@code \UXXXXXXXX} in lower-case hex.
 */
final class YamlEscapes {
  private YamlEscapes() {}

  /** Whether the character at a position is written other than as itself (an escape, or a pair). */
  static boolean special(char c) {
    return c < 0x20 || c > 0x7E || c == '"' || c == '\\';
  }

  /** The named escape of a character, or null. */
  private static String named(char c) {
    switch (c) {
      case 0: return "\\0";
      case 7: return "\\a";
      case '\b': return "\\b";
      case '\t': return "\\t";
      case '\n': return "\\n";
      case 0x0B: return "\\v";
      case '\f': return "\\f";
      case '\r': return "\\r";
      case 0x1B: return "\\e";
      case '"': return "\\\"";
      case '\\': return "\\\\";
      case 0x85: return "\\N";
      case 0xA0: return "\\_";
      case 0x2028: return "\\L";
      case 0x2029: return "\\P";
      default: return null;
    }
  }

  static boolean printable(int c) {
    return c >= 0x20 && c <= 0x7E || c == 0x9 || c == 0xA || c == 0xD || c == 0x85
        || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
  }

  /**
   * What the special character at {@code at} is written as; the second character of a pair the
   * escape covers is skipped by the caller when {@link Character#charCount} of the code point is 2.
   * A high surrogate is read together with whatever follows it, as the emitter reads it.
   */
  static String escape(String s, int at) {
    char c = s.charAt(at);
    String named = named(c);
    if (named != null) {
      return named;
    }
    int cp = Character.isHighSurrogate(c) && at + 1 < s.length() ? Character.toCodePoint(c, s.charAt(at + 1)) : c;
    if (printable(cp)) {
      return new String(Character.toChars(cp));
    }
    if (c <= 0xFF) {
      return "\\x" + hex(c, 2);
    }
    if (Character.charCount(cp) == 2) {
      return "\\U" + hex(cp, 8);
    }
    return "\\u" + hex(c, 4);
  }

  /** How many characters of the text the escape at {@code at} covers (2 for a pair read as one). */
  static int width(String s, int at) {
    char c = s.charAt(at);
    if (named(c) != null || !(Character.isHighSurrogate(c) && at + 1 < s.length())) {
      return 1;
    }
    return Character.charCount(Character.toCodePoint(c, s.charAt(at + 1)));
  }

  private static String hex(int value, int digits) {
    String h = Integer.toHexString(value);
    return "0".repeat(Math.max(0, digits - h.length())) + h;
  }
}
