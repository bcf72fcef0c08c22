package io.github.anthology.rules.builtin.list;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes two links the same resource, after normalize-url as awesome-lint configures it: the
 * scheme dropped (so {@code http} and {@code https} agree), the host in lower case without
 * {@code www.} or a default port, no trailing slash, no {@code index.html}-style directory
 * index; path, query and fragment otherwise as written ({@link #resourceKey}). And what makes a
 * shown address the one a link goes to ({@link #address}).
 */
final class Urls {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");
  private static final Pattern DIRECTORY_INDEX = Pattern.compile("/index\\.[a-z]+$");

  private Urls() {}

  static String resourceKey(String url) {
    String u = url.strip();
    var scheme = SCHEME.matcher(u);
    if (!scheme.find()) {
      return u;
    }
    String rest = u.substring(scheme.end());
    int pathStart = firstOf(rest, "/?#");
    String host = rest.substring(0, pathStart).toLowerCase(Locale.ROOT);
    String tail = rest.substring(pathStart);
    host = host.startsWith("www.") ? host.substring(4) : host;
    host = host.replaceFirst(":(80|443)$", "");
    int query = firstOf(tail, "?#");
    String path = tail.substring(0, query);
    path = DIRECTORY_INDEX.matcher(path).replaceFirst("/");
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return host + path + tail.substring(query);
  }

  /**
   * A link as an address a reader types: scheme and host in lower case, no trailing slash;
   * {@code http} and {@code https} stay different addresses.
   */
  static String address(String url) {
    String u = url.strip();
    int scheme = u.indexOf("://");
    if (scheme > 0) {
      int pathStart = u.indexOf('/', scheme + 3);
      int end = pathStart < 0 ? u.length() : pathStart;
      u = u.substring(0, end).toLowerCase(Locale.ROOT) + u.substring(end);
    }
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }
}
