package io.github.anthology.io.rewrite;

import java.text.Normalizer;

/**
 * The author part of a recommendation id: the first author's surname in ASCII letters. Accents are
 * removed by Unicode decomposition ({@code Müller} to {@code Muller}, where the reference system
 * dropped the letter and wrote {@code Mller}); the few Latin letters that do not decompose are
 * spelled out ({@code ß} to {@code ss}, {@code ø} to {@code o}); anything else that is not an
 * ASCII letter is left out. The surname is the part before a comma ({@code Kingma, D.}), else the
 * last word ({@code Diederik P. Kingma}, {@code Kingma et al.}).
 */
public final class AuthorKey {
  private static final String[][] SPELLED = {
    {"ß", "ss"}, {"ø", "o"}, {"Ø", "O"}, {"æ", "ae"}, {"Æ", "AE"}, {"œ", "oe"}, {"Œ", "OE"},
    {"ł", "l"}, {"Ł", "L"}, {"đ", "d"}, {"Đ", "D"}, {"þ", "th"}, {"Þ", "Th"}, {"ı", "i"}
  };

  private AuthorKey() {}

  /** The key, or an empty string when the name has no Latin letter at all. */
  public static String of(String firstAuthor) {
    String name = firstAuthor.strip().replaceFirst("(?i)\\s+et\\s+al\\.?$", "");
    int comma = name.indexOf(',');
    if (comma > 0) {
      name = name.substring(0, comma).strip();
    } else if (name.contains(" ")) {
      name = name.substring(name.lastIndexOf(' ') + 1);
    }
    for (String[] s : SPELLED) {
      name = name.replace(s[0], s[1]);
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
