package io.github.anthology.rules.suppression;

import io.github.anthology.model.source.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds suppression directives in a Markdown reading list: an HTML comment on one line,
 * {@code <!-- anthology-disable-next-line list/bare-url -- reason -->}. Comments inside fenced code
 * blocks are text, not directives.
 */
public final class MarkdownComments {
  private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

  private MarkdownComments() {}

  /** Whether a file name is a Markdown file, whose directives are HTML comments. */
  public static boolean isMarkdown(String file) {
    String f = file.toLowerCase(Locale.ROOT);
    return f.endsWith(".md") || f.endsWith(".markdown");
  }

  public static List<Directive> scan(String file, String text) {
    List<Directive> out = new ArrayList<>();
    int offset = 0;
    int lineNo = 0;
    String fence = null;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      Matcher f = FENCE.matcher(line);
      if (f.find()) {
        fence = fence == null ? f.group(1) : fence.equals(f.group(1)) ? null : fence;
      } else if (fence == null) {
        Matcher m = COMMENT.matcher(line);
        while (m.find()) {
          SourceSpan span = new SourceSpan(file, lineNo, m.start() + 1, lineNo, m.end() + 1,
              offset + m.start(), offset + m.end());
          CommentScanner.parse(m.group(1).trim(), span).ifPresent(out::add);
        }
      }
      offset += line.length() + 1;
    }
    return out;
  }
}
