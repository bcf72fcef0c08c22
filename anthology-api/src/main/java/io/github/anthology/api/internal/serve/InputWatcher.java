package io.github.anthology.api.internal.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Whether the inputs changed: a snapshot of the size and modification time of every file given,
 * and of every file directly in a directory given, compared with the last one. Polling is plain and
 * works on every file system (an editor's rename-and-replace included).
 */
final class InputWatcher {
  private final List<Path> paths;
  private Map<String, String> last;

  InputWatcher(List<Path> paths) {
    this.paths = List.copyOf(paths);
    this.last = snapshot();
  }

  /** Whether anything changed since the last call (or since the watcher was made). */
  synchronized boolean changed() {
    Map<String, String> now = snapshot();
    boolean changed = !now.equals(last);
    last = now;
    return changed;
  }

  private Map<String, String> snapshot() {
    Map<String, String> state = new TreeMap<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.list(p)) {
          files.filter(Files::isRegularFile).forEach(f -> state.put(f.toString(), stamp(f)));
        } catch (IOException e) {
          state.put(p.toString(), "unreadable");
        }
      } else {
        state.put(p.toString(), stamp(p));
      }
    }
    return state;
  }

  private static String stamp(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.size() + "@" + a.lastModifiedTime().toMillis() + "#" + a.fileKey();
    } catch (IOException e) {
      return "missing";
    }
  }
}
