package io.github.anthology.io.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Heading anchors as GitHub makes them: lower case, punctuation dropped (letters, digits, marks,
 * connector punctuation, spaces and hyphens stay), each space a hyphen; a repeated anchor gets
 * {@code -1}, {@code -2}, ... in document order.
 */
public final class Slugs {
  private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}\\p{Nl}\\p{Pc} -]");
  private final Map<String, Integer> seen = new HashMap<>();

  /** The anchor of one heading text, without de-duplication. */
  public static String slug(String heading) {
    return DROPPED.matcher(heading.trim().toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
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
