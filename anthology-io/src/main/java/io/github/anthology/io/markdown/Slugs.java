package io.github.anthology.io.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Heading anchors as GitHub makes them (the github-slugger behaviour): the heading's text content
 * in lower case, everything but letters, marks, decimal and letter numbers, connector punctuation,
 * spaces and hyphens dropped, each space a hyphen (so two spaces are two hyphens, and a space left
 * where a badge image stood is a hyphen at the end); a repeated anchor gets {@code -1},
 * {@code -2}, ... in document order.
 */
public final class Slugs {
  private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}\\p{Nl}\\p{Pc} -]");
  private final Map<String, Integer> seen = new HashMap<>();

  /** The anchor of one heading's text content, without de-duplication; nothing is trimmed. */
  public static String slug(String heading) {
    return DROPPED.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
  }

  /** The next heading's anchor, made unique among those this instance has given out. */
  public String next(String heading) {
    String base = slug(heading);
    String anchor = base;
    while (seen.containsKey(anchor)) {
      int n = seen.get(base) + 1;
      seen.put(base, n);
      anchor = base + "-" + n;
    }
    seen.put(anchor, 0);
    return anchor;
  }
}
