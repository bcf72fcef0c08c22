package io.github.anthology.render.markdown;

import io.github.anthology.render.view.Arxiv;
import java.util.regex.Pattern;

/**
 * Turns user text into Markdown that reads back as exactly that text (whitespace collapsed): every
 * character CommonMark could take for markup is backslash-escaped, so no text can open a link,
 * emphasis, raw HTML or a block of its own.
 */
public final class MarkdownText {
  private static final String SPECIAL = "\\`*_[]<>&~#";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])");

  private MarkdownText() {}

  /** The text on one line, collapsed to single spaces, with all markup escaped. */
  public static String inline(String text) {
    String t = normalise(text);
    StringBuilder sb = new StringBuilder(t.length() + 8);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    if (sb.length() > 0 && "-+=".indexOf(sb.charAt(0)) >= 0) {
      sb.insert(0, '\\');
    }
    return ORDERED_MARKER.matcher(sb).replaceFirst("$1\\\\$2");
  }

  /** What {@link #inline} keeps of a text: its words, separated by single spaces. */
  public static String normalise(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").trim();
  }

  /** A link to the paper's arXiv page when the id is well formed, else the id as text. */
  public static String arxiv(String id) {
    return Arxiv.url(id).map(url -> "[arXiv:" + id.trim() + "](" + url + ")").orElse("arXiv:" + inline(id));
  }
}
