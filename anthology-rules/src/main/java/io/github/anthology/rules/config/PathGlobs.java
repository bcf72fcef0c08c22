package io.github.anthology.rules.config;

import io.github.anthology.model.source.Scalar;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Globs from the configuration, matched against a file's path relative to the configuration's
 * directory ({@code **} crosses directories). A glob without {@code /} also matches by file name
 * alone, {@code **}{@code /x} also matches {@code x} at the top, and {@code dir/} matches all
 * under it, as in {@code .gitignore}.
 */
final class PathGlobs {
  private final Path base;
  private final List<PathMatcher> matchers;

  private PathGlobs(Path base, List<PathMatcher> matchers) {
    this.base = base;
    this.matchers = List.copyOf(matchers);
  }

  static PathGlobs of(Path base, List<Scalar> globs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (Scalar glob : globs) {
      String pattern = glob.text().trim().replace('\\', '/');
      if (pattern.startsWith("./")) {
        pattern = pattern.substring(2);
      }
      if (pattern.endsWith("/")) {
        pattern = pattern + "**";
      }
      if (pattern.isEmpty()) {
        throw new ConfigException(glob.span(), "an empty glob matches nothing; remove it");
      }
      try {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
        if (pattern.startsWith("**/")) {
          matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)));
        }
      } catch (PatternSyntaxException e) {
        throw new ConfigException(glob.span(), "bad glob `" + glob.text() + "`: " + e.getDescription());
      }
      if (!pattern.contains("/")) {
        PathMatcher byName = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        matchers.add(p -> p.getFileName() != null && byName.matches(p.getFileName()));
      }
    }
    return new PathGlobs(base.toAbsolutePath().normalize(), matchers);
  }

  /** Whether a file, named as in findings (relative to the working directory or absolute), matches. */
  boolean matches(String file) {
    if (matchers.isEmpty() || file.isEmpty()) {
      return false;
    }
    Path relative;
    try {
      Path absolute = Path.of(file).toAbsolutePath().normalize();
      relative = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    } catch (InvalidPathException e) {
      return false;
    }
    for (PathMatcher m : matchers) {
      if (m.matches(relative)) {
        return true;
      }
    }
    return false;
  }
}
