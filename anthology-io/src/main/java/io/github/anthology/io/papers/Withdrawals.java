package io.github.anthology.io.papers;

import java.util.regex.Pattern;

/**
 * Whether arXiv's text about a paper says it was withdrawn. A withdrawn paper's last version
 * carries a comment such as "This paper has been withdrawn by the author", and often an abstract
 * that says the same; arXiv has no field of its own for it.
 */
public final class Withdrawals {
  private static final Pattern WITHDRAWN = Pattern.compile(
      "(?i)(?:\\b(?:this|the)\\s+(?:paper|article|manuscript|submission|work|preprint|version)\\s+"
          + "(?:has\\s+been|is|was|is\\s+being)\\s+withdrawn\\b"
          + "|\\bwithdrawn\\s+by\\s+(?:the\\s+)?(?:authors?|submitter|arxiv|admin\\w*)\\b"
          + "|^\\s*(?:paper\\s+)?withdrawn\\b)");

  private Withdrawals() {}

  /** Whether a comment or abstract says the paper was withdrawn. */
  public static boolean says(String text) {
    return text != null && mentions(text, 0, text.length()) && WITHDRAWN.matcher(text).find();
  }

  /**
   * Whether the characters use the word "withdrawn" in any case: the cheap test that lets a reader
   * skip nearly every abstract without making a string of it.
   */
  public static boolean mentions(CharSequence text, int from, int to) {
    String word = "withdrawn";
    for (int i = from; i + word.length() <= to; i++) {
      int j = 0;
      while (j < word.length() && Character.toLowerCase(text.charAt(i + j)) == word.charAt(j)) {
        j++;
      }
      if (j == word.length()) {
        return true;
      }
    }
    return false;
  }
}
