package io.github.anthology.render.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * The directory SARIF locations are relative to ({@code %SRCROOT%}): the root of the git work tree
 * the report is written in (code scanning resolves paths against the repository root), else the
 * working directory; widened to the nearest directory that holds every file, so that each file,
 * absolute or relative, has a relative URI without {@code ..}.
 */
final class SourceRoot {
  static final String ID = "%SRCROOT%";
  private final Path workingDirectory;
  private final Path root;

  private SourceRoot(Path workingDirectory, Path root) {
    this.workingDirectory = workingDirectory;
    this.root = root;
  }

  static SourceRoot of(Path workingDirectory, Collection<String> files) {
    Path dir = workingDirectory.toAbsolutePath().normalize();
    Path root = repositoryRoot(dir);
    for (String file : files) {
      Path parent = dir.resolve(file).normalize().getParent();
      while (parent != null && !parent.startsWith(root)) {
        root = root.getParent();
      }
      if (parent == null) {
        root = root.getRoot();
      }
    }
    return new SourceRoot(dir, root);
  }

  /** The nearest directory at or above {@code dir} with a {@code .git} (a directory, or a file in a worktree). */
  private static Path repositoryRoot(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        return d;
      }
    }
    return dir;
  }

  /** The root as an absolute {@code file:} URI ending in a slash. */
  String uri() {
    String uri = root.toUri().toASCIIString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  /** A file name, as findings give it, as a URI reference relative to the root. */
  String relative(String file) {
    Path absolute = workingDirectory.resolve(file).normalize();
    return reference(root.relativize(absolute).toString());
  }

  /**
   * A relative path as a URI reference (RFC 3986): forward slashes; every byte of the UTF-8 form
   * other than an unreserved character, a sub-delimiter, {@code @}, {@code /} or (after the first
   * segment, where it would read as a scheme) {@code :} is percent-encoded, {@code %} included.
   */
  static String reference(String path) {
    byte[] bytes = path.replace('\\', '/').getBytes(StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder(bytes.length);
    boolean firstSegment = true;
    for (byte raw : bytes) {
      int c = raw & 0xFF;
      firstSegment &= c != '/';
      boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=@/".indexOf(c) >= 0);
      if (plain || (c == ':' && !firstSegment)) {
        b.append((char) c);
      } else {
        b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return b.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
