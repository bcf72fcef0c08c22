package io.github.anthology.io.git;

import io.github.anthology.io.DirectoryTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * A commit's tree below one directory, listed once from the repository's objects, as a
 * {@link DirectoryTree}: paths are relative to the repository's top. A symbolic link is neither
 * a file nor a directory here (its target is not followed), nor is a submodule.
 */
final class GitTree implements DirectoryTree {
  private final Set<Path> files = new HashSet<>();
  private final Map<Path, List<Path>> subdirectories = new HashMap<>();

  private GitTree() {}

  /**
   * @param repository the repository
   * @param commit the commit
   * @param top the directory below which to list, relative to the repository's top ("" for all)
   * @return the tree
   * @throws IOException when the repository cannot be read
   */
  static GitTree of(Repository repository, RevCommit commit, String top) throws IOException {
    GitTree tree = new GitTree();
    try (TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(false);
      if (!top.isEmpty()) {
        walk.setFilter(PathFilter.create(top));
      }
      while (walk.next()) {
        Path path = Path.of(walk.getPathString());
        Path parent = path.getParent() == null ? Path.of("") : path.getParent();
        FileMode mode = walk.getFileMode(0);
        if (mode == FileMode.TREE) {
          tree.subdirectories.computeIfAbsent(parent, p -> new ArrayList<>()).add(path);
          walk.enterSubtree();
        } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
          tree.files.add(path);
        }
      }
    }
    tree.subdirectories.values().forEach(list -> list.sort(null));
    return tree;
  }

  @Override
  public boolean isFile(Path file) {
    return files.contains(file.normalize());
  }

  @Override
  public List<Path> subdirectories(Path dir) {
    return subdirectories.getOrDefault(dir.normalize(), List.of());
  }
}
