package io.github.anthology.rules.builtin.citation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text folded for comparison: LaTeX markup undone ({@code \"{o}} is o, {@code $\alpha$} is alpha,
 * {@code \textbf{X}} is X), Unicode decomposed and its accents dropped (Müller is Muller, ł is l,
 * ß is ss), lower case, and every run of characters that are not letters or digits one space.
 */
final class Folding {
  private static final Pattern EMPTY_GROUP = Pattern.compile("\\{\\s*\\}");
  private static final Pattern ACCENT_MACRO =
      Pattern.compile("\\\\[`'^\"~=.]\\s*(?:\\{\\s*([A-Za-z])\\s*\\}|([A-Za-z]))");
  private static final Pattern LETTER_MACRO = Pattern.compile("\\\\[cvuHdbtkr]\\s*\\{\\s*([A-Za-z])\\s*\\}");
  private static final Pattern SPECIAL_LETTER = Pattern.compile("\\\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)(?![A-Za-z])");
  /** Commands that only style their argument; any other command stands for its name ({@code \\alpha} is alpha). */
  private static final Pattern STYLE = Pattern.compile("\\\\(?:text(?:bf|it|sc|tt|rm|sf|sl|up)?|emph|em|bf|it|sc|tt|rm"
      + "|sf|sl|math(?:rm|bf|it|sf|tt|cal|bb|frak|scr)?|boldsymbol|operatorname|mbox|hbox|url|href)(?![A-Za-z])\\*?");
  private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)\\*?");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Map<String, String> LETTERS = Map.ofEntries(Map.entry("ß", "ss"), Map.entry("æ", "ae"),
      Map.entry("œ", "oe"), Map.entry("ø", "o"), Map.entry("ł", "l"), Map.entry("đ", "d"), Map.entry("ð", "d"),
      Map.entry("þ", "th"), Map.entry("ı", "i"), Map.entry("å", "a"));

  private Folding() {}

  /** The words of a text, folded, separated by single spaces. */
  static String words(String text) {
    String s = EMPTY_GROUP.matcher(text).replaceAll("");
    s = ACCENT_MACRO.matcher(s).replaceAll("$1$2");
    s = LETTER_MACRO.matcher(s).replaceAll("$1");
    s = SPECIAL_LETTER.matcher(s).replaceAll("$1");
    s = STYLE.matcher(s).replaceAll(" ");
    s = COMMAND.matcher(s).replaceAll(" $1 ");
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : LETTERS.entrySet()) {
      if (s.contains(e.getKey())) {
        s = s.replace(e.getKey(), e.getValue());
      }
    }
    return NOT_WORD.matcher(s).replaceAll(" ").trim();
  }
}
