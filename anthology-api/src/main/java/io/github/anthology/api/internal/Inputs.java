package io.github.anthology.api.internal;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.source.SourceSpan;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The inputs a workspace was given: its paths, then the files its globs match, in name order. */
final class Inputs {
  private Inputs() {}

  /**
   * @param options the workspace's options
   * @return the paths resolved against the working directory, then each glob's files
   * @throws ReadException when a glob matches no file
   * @throws IOException when the working directory cannot be walked
   */
  static List<Path> given(WorkspaceOptions options) throws ReadException, IOException {
    List<Path> out = new ArrayList<>(options.inputs().stream().map(options::resolve).toList());
    for (String glob : options.globs()) {
      List<Path> matched = matches(options, glob);
      if (matched.isEmpty()) {
        throw new ReadException(SourceSpan.ofFile(glob), "no file matches this glob");
      }
      out.addAll(matched);
    }
    return out;
  }

  private static List<Path> matches(WorkspaceOptions options, String glob) throws IOException {
    Path root = options.workingDirectory().toAbsolutePath().normalize();
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> matcher.matches(root.relativize(f)))
          .map(f -> options.resolve(root.relativize(f)))
          .sorted()
          .toList();
    }
  }
}
