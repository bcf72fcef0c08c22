package io.github.anthology.io;

import io.github.anthology.io.edit.Recovery;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The files a list of PATHs stands for, in reading order ({@link RegistryFiles#discover}: a file is
 * itself, a directory the registry files of its tree), and what is done to them before they are read.
 */
public final class RegistryInputs {
  /** What an empty list of paths stands for. */
  public enum WhenEmpty {
    /** The current directory, as a command run without PATH reads it. */
    WORKING_DIRECTORY,
    /** No file: a registry held wholly in memory. */
    NOTHING
  }

  private RegistryInputs() {}

  /**
   * @param paths files and directories
   * @param whenEmpty what no path stands for
   * @return the files to read, in reading order
   * @throws ReadException when a path does not exist or a directory holds no registry file
   */
  public static List<Path> files(List<Path> paths, WhenEmpty whenEmpty) throws ReadException {
    return files(paths, whenEmpty, p -> false);
  }

  /**
   * @param paths files and directories
   * @param whenEmpty what no path stands for
   * @param skipped files found in a directory that are not read (the configuration's {@code ignores});
   *     a file named in {@code paths} is read all the same
   * @return the files to read, in reading order
   * @throws ReadException when a path does not exist or a directory holds no registry file
   */
  public static List<Path> files(List<Path> paths, WhenEmpty whenEmpty, Predicate<Path> skipped)
      throws ReadException {
    List<Path> given = paths.isEmpty() && whenEmpty == WhenEmpty.WORKING_DIRECTORY ? List.of(Path.of(".")) : paths;
    List<Path> files = new ArrayList<>();
    for (Path p : given) {
      files.addAll(RegistryFiles.discover(p, skipped));
    }
    return files;
  }

  /**
   * The registry files of a tree, found as a directory PATH's are (the same names, order and
   * directories left out), in a tree that need not be the file system's: a git revision's, say.
   *
   * @param dir the top of the walk; the files found are resolved against it
   * @param tree the tree
   * @param skipped files found that are not read (the configuration's {@code ignores})
   * @return the files to read, in reading order; none when the tree holds no registry file
   * @throws IOException when a directory of the tree cannot be listed
   */
  public static List<Path> inTree(Path dir, DirectoryTree tree, Predicate<Path> skipped) throws IOException {
    return RegistryWalk.found(dir, skipped, tree);
  }

  /** Completes what a killed write left half done beside the files, and removes its leftovers, before reading. */
  static void settle(List<Path> files) throws ReadException {
    try {
      Recovery.settle(files);
    } catch (IOException e) {
      throw IoErrors.asReadException(e, files.isEmpty() ? "." : SourceFiles.display(files.get(0)));
    }
  }
}
