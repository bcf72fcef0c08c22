package io.github.anthology.io.yaml;

/**
 * The characters YAML allows in a document: tab, line breaks, the printable ASCII and the rest of
 * Unicode but the C0 and C1 controls, lone surrogates, U+FFFE and U+FFFF. Checked over the whole
 * text before parsing, so the first bad one is reported with its line and column.
 */
final class Printable {
  private Printable() {}

  /** The offset of the first character YAML does not allow in {@code text[start, end)}, or -1. */
  static int firstBad(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c <= 0x7E) {
        continue;
      }
      if (c == '\t' || c == '\n' || c == '\r' || c == 0x85 || (c >= 0xA0 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      return i;
    }
    return -1;
  }

  /** How a character is named in a message: {@code U+0000}. */
  static String name(int codePoint) {
    return String.format("U+%04X", codePoint);
  }
}
