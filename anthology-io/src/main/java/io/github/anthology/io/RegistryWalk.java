package io.github.anthology.io;

import io.github.anthology.model.source.SourceSpan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The registry files of a directory tree, as ESLint and markdownlint-cli2 walk a directory: each
 * directory's files by their conventional names ({@link RegistryFiles#chosen}), then its
 * subdirectories, both in name order; hidden directories ({@code .git}, {@code .cache}) and
 * {@code node_modules} are not entered, nor directories reached through a link, and the files
 * the caller skips (the configuration's {@code ignores}) are left out.
 *
 * <p>An export ({@code registry.yaml}, {@code registry.json}, {@code registry.jsonl}) is a whole
 * registry built from a research.yaml, by {@code anthology build --out} or the reference system's
 * generator, wherever its output directory is. So a tree holding any research.yaml is read from
 * its research.yaml files alone, and its exports (a build's output directory inside the registry,
 * say) are never read; a tree without one is read from its topmost export (the first in name
 * order at the least depth), since two exports in one tree are two copies of a registry.
 */
final class RegistryWalk {
  private static final String RESEARCH = RegistryFiles.CONVENTIONAL_NAMES.get(1);

  private final Predicate<Path> skipped;
  private final DirectoryTree tree;
  private final List<Path> sources = new ArrayList<>();
  private Path export;
  private int exportDepth = Integer.MAX_VALUE;
  private boolean hasResearch;

  private RegistryWalk(Predicate<Path> skipped, DirectoryTree tree) {
    this.skipped = skipped;
    this.tree = tree;
  }

  /**
   * @param dir the directory, as given (the files found are resolved against it)
   * @param skipped files not to read
   * @return the files to read, in reading order
   * @throws ReadException when the tree holds no registry file, or cannot be listed
   */
  static List<Path> files(Path dir, Predicate<Path> skipped) throws ReadException {
    List<Path> out;
    try {
      out = found(dir, skipped, DirectoryTree.FILE_SYSTEM);
    } catch (IOException e) {
      throw IoErrors.asReadException(e, SourceFiles.display(dir));
    }
    if (out.isEmpty()) {
      throw new ReadException(SourceSpan.ofFile(SourceFiles.display(dir)), RegistryFiles.lookedFor("here or below"));
    }
    return out;
  }

  /**
   * @param dir the top of the walk, as given (the files found are resolved against it)
   * @param skipped files not to read
   * @param tree the tree walked: the file system, or a revision of a repository
   * @return the files to read, in reading order; none when the tree holds no registry file
   * @throws IOException when a directory cannot be listed
   */
  static List<Path> found(Path dir, Predicate<Path> skipped, DirectoryTree tree) throws IOException {
    RegistryWalk walk = new RegistryWalk(skipped, tree);
    walk.visit(dir, 0);
    List<Path> out = new ArrayList<>(walk.sources);
    if (!walk.hasResearch && walk.export != null) {
      out.add(walk.export);
    }
    return out;
  }

  private void visit(Path dir, int depth) throws IOException {
    for (String name : RegistryFiles.CONVENTIONAL_NAMES) {
      Path file = dir.resolve(name);
      if (tree.isFile(file) && !skipped.test(file)) {
        sources.add(file);
        hasResearch |= name.equals(RESEARCH);
      }
    }
    if (depth < exportDepth) {
      RegistryFiles.EXPORT_NAMES.stream().map(dir::resolve).filter(f -> tree.isFile(f) && !skipped.test(f))
          .findFirst().ifPresent(f -> {
            export = f;
            exportDepth = depth;
          });
    }
    List<Path> subdirectories = tree.subdirectories(dir).stream().filter(RegistryWalk::entered).toList();
    for (Path sub : subdirectories) {
      visit(sub, depth + 1);
    }
  }

  private static boolean entered(Path dir) {
    String name = dir.getFileName().toString();
    return !name.startsWith(".") && !name.equals("node_modules");
  }
}
