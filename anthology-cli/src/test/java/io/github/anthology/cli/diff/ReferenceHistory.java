package io.github.anthology.cli.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The real history of the reference system's {@code data/research.yaml}: its 35 committed versions
 * (with the licence), kept as a git bundle in the test data and cloned into {@code target/} once.
 * Each commit is tagged {@code ref-<id>} after the reference repository's own commit.
 */
final class ReferenceHistory {
  static final Path BUNDLE = Path.of("../testdata/anthology-of-the-sota/history/research-history.bundle");
  static final Path CLONE = Path.of("target/reference-history");
  static final Path REGISTRY = CLONE.resolve("data");

  private ReferenceHistory() {}

  /** Clones the bundle (again) and returns the reference commit ids, oldest first. */
  static synchronized List<String> versions() throws IOException, GitAPIException {
    if (!Files.isDirectory(CLONE.resolve(".git"))) {
      deleteRecursively(CLONE);
      Git.cloneRepository().setURI(BUNDLE.toAbsolutePath().toUri().toString()).setDirectory(CLONE.toFile())
          .setCloneAllBranches(true).call().close();
    }
    try (Git git = Git.open(CLONE.toFile())) {
      List<String> tagged = new ArrayList<>();
      List<RevCommit> commits = new ArrayList<>();
      git.log().call().forEach(commits::add);
      commits.sort(Comparator.comparingInt(RevCommit::getCommitTime));
      Map<ObjectId, String> tags = new HashMap<>();
      for (Ref t : git.tagList().call()) {
        tags.put(t.getObjectId(), t.getName().substring("refs/tags/ref-".length()));
      }
      for (RevCommit c : commits) {
        tagged.add(tags.get(c.getId()));
      }
      return tagged;
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
