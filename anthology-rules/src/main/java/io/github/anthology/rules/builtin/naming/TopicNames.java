package io.github.anthology.rules.builtin.naming;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What the naming rules know about topic names. */
public final class TopicNames {
  private static final Pattern HYPHENATED_LOWERCASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Set<String> NOT_GERUNDS =
      Set.of("string", "thing", "spring", "ring", "king", "wing", "bring", "sing", "sting",
          "swing", "ceiling", "during", "nothing", "something", "everything", "anything");

  private TopicNames() {}

  public static boolean isHyphenatedLowercase(String name) {
    return HYPHENATED_LOWERCASE.matcher(name).matches();
  }

  /**
   * The hyphenated-lowercase form of a name: camel-case words are split where a capital starts a
   * lower-case word ({@code TrainingOptimization} to {@code training-optimization}, while
   * {@code MoE} becomes {@code moe}); spaces, underscores and other separators become one hyphen.
   */
  public static String toHyphenatedLowercase(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        boolean wordStart = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1))
            && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (wordStart) {
          out.append('-');
        }
        out.append(Character.toLowerCase(c));
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
      out.setLength(out.length() - 1);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  public static List<String> words(String name) {
    return List.of(name.split("-"));
  }

  /** Whether a word is an -ing form used as a noun (a gerund), such as {@code training}. */
  public static boolean isGerund(String word) {
    return word.length() >= 5 && word.endsWith("ing") && !NOT_GERUNDS.contains(word);
  }
}
