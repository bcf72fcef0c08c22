package io.github.anthology.rules.builtin.list;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A URL fragment as a browser looks it up: {@code %XX} escapes decoded as UTF-8 ({@code +} stays a
 * plus); a malformed escape is kept as written.
 */
final class Fragments {
  private Fragments() {}

  static String decode(String fragment) {
    if (fragment.indexOf('%') < 0) {
      return fragment;
    }
    StringBuilder out = new StringBuilder();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < fragment.length()) {
      char c = fragment.charAt(i);
      if (c == '%' && i + 2 < fragment.length() && hex(fragment.charAt(i + 1)) >= 0 && hex(fragment.charAt(i + 2)) >= 0) {
        bytes.write(hex(fragment.charAt(i + 1)) * 16 + hex(fragment.charAt(i + 2)));
        i += 3;
        continue;
      }
      flush(bytes, out);
      out.append(c);
      i++;
    }
    flush(bytes, out);
    return out.toString();
  }

  private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
    if (bytes.size() > 0) {
      out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
      bytes.reset();
    }
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
