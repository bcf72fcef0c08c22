package io.github.anthology.render.markdown;

import io.github.anthology.render.view.Arxiv;

/**
 * Turns user text into Markdown that reads back as exactly that text (whitespace collapsed): every
 * character CommonMark could take for markup is backslash-escaped, so no text can open a link,
 * emphasis, raw HTML or a block of its own. One pass, no regular expressions: registries are large.
 */
public final class MarkdownText {
  private static final String SPECIAL = "\\`*_[]<>&~#";
  private static final String BLOCK_START = "-+=";
  private static final int MAX_LIST_NUMBER_DIGITS = 9;

  private MarkdownText() {}

  /** The text on one line, collapsed to single spaces, with all markup escaped. */
  public static String inline(String text) {
    if (isPlain(text)) {
      return text;
    }
    String t = normalise(text);
    StringBuilder sb = new StringBuilder(t.length() + 8);
    int digits = 0;
    while (digits < t.length() && digits <= MAX_LIST_NUMBER_DIGITS && t.charAt(digits) >= '0' && t.charAt(digits) <= '9') {
      digits++;
    }
    // "1." or "1)" at the start would open an ordered list; "-", "+" or "=" a list or heading.
    int markerAt = digits > 0 && digits <= MAX_LIST_NUMBER_DIGITS && digits < t.length()
        && (t.charAt(digits) == '.' || t.charAt(digits) == ')') ? digits : -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (SPECIAL.indexOf(c) >= 0 || i == markerAt || (i == 0 && BLOCK_START.indexOf(c) >= 0)) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * Whether {@link #inline} would give the text back unchanged (most texts): no character that
   * could be markup, no space to collapse, and a start that cannot open a list or heading.
   */
  private static boolean isPlain(String t) {
    if (t.isEmpty()) {
      return true;
    }
    char first = t.charAt(0);
    if (first == ' ' || (first >= '0' && first <= '9') || BLOCK_START.indexOf(first) >= 0) {
      return false;
    }
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ') {
        if (space) {
          return false;
        }
        space = true;
      } else if (c < 128 && MARKUP[c]) {
        return false;
      } else {
        space = false;
      }
    }
    return !space;
  }

  /** The ASCII characters {@link #inline} may change: markup to escape, and the other spaces. */
  private static final boolean[] MARKUP = new boolean[128];

  static {
    SPECIAL.chars().forEach(c -> MARKUP[c] = true);
    "\t\n\u000B\f\r".chars().forEach(c -> MARKUP[c] = true);
  }

  /** What {@link #inline} keeps of a text: its words, separated by single spaces. */
  public static String normalise(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The characters of Java's {@code \s}: what CommonMark treats as line and word breaks here. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** A link to the paper's arXiv page when the id is well formed, else the id as text. */
  public static String arxiv(String id) {
    return Arxiv.url(id).map(url -> "[arXiv:" + id.trim() + "](" + url + ")").orElse("arXiv:" + inline(id));
  }
}
