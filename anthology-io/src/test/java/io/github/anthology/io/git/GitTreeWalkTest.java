package io.github.anthology.io.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryInputs;
import io.github.anthology.io.RegistryInputs.WhenEmpty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory read at a git revision is walked as the working tree's is: the same files, in the same order. */
class GitTreeWalkTest {
  @TempDir Path repo;

  static void touch(Path top, String... names) throws Exception {
    for (String name : names) {
      Path file = top.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "x: 1\n");
    }
  }

  static void commitAll(Path top) throws Exception {
    try (Git git = Git.init().setDirectory(top.toFile()).call()) {
      git.add().addFilepattern(".").call();
      PersonIdent who = new PersonIdent("Curator", "curator@example.org");
      git.commit().setMessage("registry").setAuthor(who).setCommitter(who).setSign(false).call();
    }
  }

  /** The working tree's walk, as the repository names its files. */
  static List<String> walkedNow(Path top, Path dir, Predicate<Path> skipped) throws ReadException {
    return RegistryInputs.files(List.of(dir), WhenEmpty.NOTHING, skipped).stream()
        .map(p -> top.relativize(p).toString().replace('\\', '/')).toList();
  }

  static List<String> walkedAt(Path top, String revision, Path dir, Predicate<Path> skipped) throws ReadException {
    try (GitRevisions git = GitRevisions.find(top).orElseThrow()) {
      return git.files(revision, List.of(dir), skipped);
    }
  }

  @Test
  void aNestedTreeAtARevisionIsReadAsTheWorkingTreeWalksIt() throws Exception {
    touch(repo, "taxonomy.yaml", "research.yaml", "a/research.yaml", "b/c/research.yaml", "b/notes.md",
        ".hidden/research.yaml", "node_modules/p/research.yaml", "site/registry.yaml", "skip/research.yaml");
    commitAll(repo);
    Predicate<Path> skipped = p -> p.toString().contains("skip");

    List<String> now = walkedNow(repo, repo, skipped);
    assertThat(now).containsExactly("taxonomy.yaml", "research.yaml", "a/research.yaml", "b/c/research.yaml");
    assertThat(walkedAt(repo, "HEAD", repo, skipped)).isEqualTo(now);
    assertThat(walkedAt(repo, "HEAD", repo.resolve("b"), skipped)).containsExactly("b/c/research.yaml");
  }

  @Test
  void theRevisionsTreeIsReadNotTheWorkingTrees() throws Exception {
    touch(repo, "research.yaml", "a/research.yaml", "b/research.yaml");
    commitAll(repo);
    Files.delete(repo.resolve("b/research.yaml"));
    touch(repo, "c/research.yaml");

    assertThat(walkedAt(repo, "HEAD", repo, p -> false))
        .containsExactly("research.yaml", "a/research.yaml", "b/research.yaml");
  }

  @Test
  void aTreeOnlyOfExportsIsReadFromItsTopmostExportAsInTheWorkingTree() throws Exception {
    touch(repo, "deep/er/registry.json", "deep/registry.jsonl", "other/registry.yaml");
    commitAll(repo);

    assertThat(walkedAt(repo, "HEAD", repo, p -> false)).isEqualTo(walkedNow(repo, repo, p -> false))
        .containsExactly("deep/registry.jsonl");
  }

  @Test
  void aDirectoryWithoutARegistryFileAtTheRevisionIsOneMessageNamingIt() throws Exception {
    touch(repo, "research.yaml", "docs/README.md");
    commitAll(repo);

    assertThatThrownBy(() -> walkedAt(repo, "HEAD", repo.resolve("docs"), p -> false))
        .isInstanceOf(ReadException.class).hasMessageStartingWith("HEAD:docs: ");
  }
}
