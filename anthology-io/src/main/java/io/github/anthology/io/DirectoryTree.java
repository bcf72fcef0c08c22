package io.github.anthology.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What walking a registry's tree needs to know of it: which paths are regular files, and which
 * directories a directory holds. The working tree answers from the file system; a git revision
 * from the repository's objects, so both are walked by the same rules.
 */
public interface DirectoryTree {
  /** The working tree, through the file system. */
  DirectoryTree FILE_SYSTEM = new DirectoryTree() {
    @Override
    public boolean isFile(Path file) {
      return Files.isRegularFile(file);
    }

    @Override
    public List<Path> subdirectories(Path dir) throws IOException {
      try (Stream<Path> entries = Files.list(dir)) {
        return entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
      }
    }
  };

  /**
   * @param file a path in the tree
   * @return whether a regular file is there
   */
  boolean isFile(Path file);

  /**
   * @param dir a directory of the tree
   * @return the directories directly inside it, in name order; links to directories are not
   *     directories here
   * @throws IOException when the directory cannot be listed
   */
  List<Path> subdirectories(Path dir) throws IOException;
}
