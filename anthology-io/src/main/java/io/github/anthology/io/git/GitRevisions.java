package io.github.anthology.io.git;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryFiles;
import io.github.anthology.io.RegistryInputs;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.model.source.SourceSpan;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The registry as it was at a revision ({@code HEAD~1}, a tag, a commit id) of the git repository
 * that holds the working directory, read from the repository's objects with JGit: the working tree
 * is never checked out or touched. Files are named {@code REV:path} in messages, so an error at a
 * revision reads {@code HEAD~1:data/research.yaml:12:3: ...}.
 */
public final class GitRevisions implements AutoCloseable {
  private final Repository repository;
  private final Path workTree;

  private GitRevisions(Repository repository) throws IOException {
    this.repository = repository;
    this.workTree = repository.getWorkTree().toPath().toRealPath();
  }

  /** The repository holding {@code dir}, if there is one. */
  public static Optional<GitRevisions> find(Path dir) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try {
      Repository repo = builder.setMustExist(true).build();
      if (repo.isBare()) {
        repo.close();
        return Optional.empty();
      }
      return Optional.of(new GitRevisions(repo));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The commit a revision names, if it names one. */
  public Optional<ObjectId> resolve(String revision) {
    try {
      ObjectId id = repository.resolve(revision + "^{commit}");
      return Optional.ofNullable(id);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads the registry at {@code revision}: each path (of the working tree) is read from the
   * revision's tree, a directory's tree walked as a directory PATH's is in the working tree.
   */
  public LoadedRegistry load(String revision, List<Path> paths) throws ReadException {
    return load(revision, paths, p -> false);
  }

  /**
   * As {@link #load(String, List)}, leaving out of a walked directory the files {@code skipped}
   * names (as the working tree's paths they stand for: the configuration's {@code ignores}).
   */
  public LoadedRegistry load(String revision, List<Path> paths, Predicate<Path> skipped) throws ReadException {
    Map<String, String> texts = new LinkedHashMap<>();
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit c = walk.parseCommit(commit(revision));
      for (String file : files(c, revision, paths, skipped)) {
        texts.put(revision + ":" + file, text(c, file, revision));
      }
    } catch (IOException e) {
      throw new ReadException(SourceSpan.ofFile(revision), "cannot read the repository (" + e.getMessage() + ")");
    }
    return RegistryLoader.read(texts);
  }

  /**
   * The files the paths stand for at the revision, as the repository names them, in reading order.
   *
   * @param revision the revision
   * @param paths files and directories of the working tree
   * @param skipped files of the working tree a walk leaves out
   * @return the files
   * @throws ReadException when the revision, a path at it, or a directory's registry files are missing
   */
  public List<String> files(String revision, List<Path> paths, Predicate<Path> skipped) throws ReadException {
    try (RevWalk walk = new RevWalk(repository)) {
      return files(walk.parseCommit(commit(revision)), revision, paths, skipped);
    } catch (IOException e) {
      throw new ReadException(SourceSpan.ofFile(revision), "cannot read the repository (" + e.getMessage() + ")");
    }
  }

  private ObjectId commit(String revision) throws ReadException {
    return resolve(revision).orElseThrow(() ->
        new ReadException(SourceSpan.ofFile(revision), "not a revision of the repository at " + workTree));
  }

  private List<String> files(RevCommit c, String revision, List<Path> paths, Predicate<Path> skipped)
      throws IOException, ReadException {
    List<String> out = new ArrayList<>();
    for (Path p : paths.isEmpty() ? List.of(Path.of(".")) : paths) {
      out.addAll(files(c, relative(p), revision, skipped));
    }
    return out;
  }

  /** The files a path stands for at the commit: itself, or the registry files of a directory's tree. */
  private List<String> files(RevCommit c, String rel, String revision, Predicate<Path> skipped)
      throws IOException, ReadException {
    if (rel.isEmpty()) {
      return inDirectory(c, "", revision, skipped);
    }
    try (TreeWalk walk = TreeWalk.forPath(repository, rel, c.getTree())) {
      if (walk == null) {
        throw new ReadException(SourceSpan.ofFile(revision + ":" + rel), "no such file or directory at this revision");
      }
      if (walk.getFileMode(0) == FileMode.TREE) {
        return inDirectory(c, rel, revision, skipped);
      }
      return List.of(rel);
    }
  }

  private List<String> inDirectory(RevCommit c, String dir, String revision, Predicate<Path> skipped)
      throws IOException, ReadException {
    List<Path> found = RegistryInputs.inTree(Path.of(dir), GitTree.of(repository, c, dir),
        p -> skipped.test(workTree.resolve(p)));
    if (found.isEmpty()) {
      throw new ReadException(SourceSpan.ofFile(revision + ":" + (dir.isEmpty() ? "." : dir)),
          RegistryFiles.lookedFor());
    }
    return found.stream().map(p -> p.toString().replace('\\', '/')).toList();
  }

  private String text(RevCommit c, String file, String revision) throws IOException, ReadException {
    try (TreeWalk walk = TreeWalk.forPath(repository, file, c.getTree())) {
      byte[] bytes = repository.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes();
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new ReadException(SourceSpan.ofFile(revision + ":" + file), "file is not valid UTF-8");
    }
  }

  /** A working-tree path as the repository names it: relative to its top, with forward slashes. */
  String relative(Path p) throws ReadException {
    Path abs = p.toAbsolutePath().normalize();
    try {
      abs = abs.toRealPath();
    } catch (IOException e) {
      // deleted since: named as given
    }
    if (!abs.startsWith(workTree)) {
      throw new ReadException(SourceSpan.ofFile(p.toString()), "is outside the repository at " + workTree);
    }
    return workTree.relativize(abs).toString().replace('\\', '/');
  }

  /**
   * The day of the last commit (before and at HEAD) that touched any of the paths, in the
   * committer's own time zone: the same on every machine, and it moves only when the inputs do.
   */
  public Optional<LocalDate> lastChange(List<Path> paths) throws ReadException {
    List<String> rels = new ArrayList<>();
    for (Path p : paths.isEmpty() ? List.of(Path.of(".")) : paths) {
      rels.add(relative(p));
    }
    try (RevWalk walk = new RevWalk(repository)) {
      ObjectId head = repository.resolve(Constants.HEAD);
      if (head == null) {
        return Optional.empty();
      }
      walk.markStart(walk.parseCommit(head));
      if (!rels.contains("")) {
        walk.setTreeFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(rels), TreeFilter.ANY_DIFF));
      }
      RevCommit last = walk.next();
      return Optional.ofNullable(last).map(c -> LocalDate.ofInstant(
          c.getCommitterIdent().getWhenAsInstant(), c.getCommitterIdent().getZoneId()));
    } catch (IOException e) {
      throw new ReadException(SourceSpan.ofFile(workTree.toString()), "cannot read the repository (" + e.getMessage() + ")");
    }
  }

  @Override
  public void close() {
    repository.close();
  }
}
