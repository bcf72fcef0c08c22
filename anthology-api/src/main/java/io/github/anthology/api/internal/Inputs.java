package io.github.anthology.api.internal;

import io.github.anthology.io.ConfigLoader;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryFiles;
import io.github.anthology.model.source.SourceSpan;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The inputs a workspace was given: its paths, then the files its globs match, in name order. */
public final class Inputs {
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

  /**
   * @param dir a directory
   * @return whether registry files would be read from it
   */
  static boolean holdsRegistry(Path dir) {
    return Files.isDirectory(dir) && !RegistryFiles.chosen(name -> Files.isRegularFile(dir.resolve(name))).isEmpty();
  }

  /**
   * The inputs less the files a glob matched that the configuration ignores: a glob walks a tree,
   * and like ESLint's and markdownlint's walks it leaves ignored files unread; a path given by name
   * is read even when ignored (its findings are dropped), since other files may refer to it.
   *
   * @param options the workspace's options
   * @param given the inputs, paths then glob matches
   * @param ignored whether findings in a file (as findings name it) are dropped
   * @return the inputs to read
   * @throws ReadException when every file the globs matched is ignored
   */
  static List<Path> withoutIgnored(WorkspaceOptions options, List<Path> given, Predicate<String> ignored)
      throws ReadException {
    if (options.globs().isEmpty()) {
      return given;
    }
    int named = options.inputs().size();
    List<Path> out = new ArrayList<>(given.subList(0, named));
    given.subList(named, given.size()).stream().filter(p -> !ignored.test(p.toString().replace('\\', '/')))
        .forEach(out::add);
    if (out.isEmpty() && !given.isEmpty()) {
      throw new ReadException(SourceSpan.ofFile(String.join(" ", options.globs())),
          "every file these globs match is ignored by the configuration's `ignores`");
    }
    return out;
  }

  /**
   * The files a glob matches, in name order: walked from its literal leading directories (relative
   * to the working directory, or absolute); hidden directories and configuration files are skipped.
   */
  private static List<Path> matches(WorkspaceOptions options, String glob) throws IOException {
    int wild = glob.replaceAll("[*?\\[{].*", "").length();
    String base = glob.substring(0, glob.lastIndexOf('/', wild) + 1);
    Path start = options.workingDirectory().toAbsolutePath().resolve(base).normalize();
    if (!Files.isDirectory(start)) {
      return List.of();
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(base.length()));
    List<Path> out = new ArrayList<>();
    Files.walkFileTree(start, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        return !dir.equals(start) && dir.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE
            : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        Path f = start.relativize(file);
        String name = file.getFileName().toString();
        if (attributes.isRegularFile() && !name.equals(ConfigLoader.FILE_NAME) && matcher.matches(f)) {
          out.add(options.resolve(Path.of(base).resolve(f)));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    out.sort(null);
    return out;
  }
}
