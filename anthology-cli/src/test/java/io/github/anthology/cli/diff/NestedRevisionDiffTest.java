package io.github.anthology.cli.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff --since REV} of a registry whose research.yaml lives in a subdirectory: both sides walk the tree. */
class NestedRevisionDiffTest {
  private static final String OLD_TEXT = "Start from Adam-family optimizers with default betas before tuning";
  private static final String NEW_TEXT = "Start from Adam-family optimizers with their default betas";

  @Test
  void aChangeInANestedResearchFileIsOneRewordingSinceTheLastCommit(@TempDir Path repo) throws Exception {
    Path reg = Files.createDirectories(repo.resolve("reg/optimisers"));
    Files.copy(Path.of("../examples/sota/taxonomy.yaml"), repo.resolve("reg/taxonomy.yaml"));
    Files.copy(Path.of("../examples/sota/research.yaml"), reg.resolve("research.yaml"));
    try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
      git.add().addFilepattern(".").call();
      PersonIdent who = new PersonIdent("Curator", "curator@example.org");
      git.commit().setMessage("registry").setAuthor(who).setCommitter(who).setSign(false).call();
    }
    Path research = reg.resolve("research.yaml");
    Files.writeString(research, Files.readString(research).replace(OLD_TEXT, NEW_TEXT));

    CliRun run = CliRun.of("diff", "--since", "HEAD", repo.resolve("reg").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Recommendations: 0 added, 0 removed, 1 changed")
        .contains("reworded: \"" + OLD_TEXT + "\" → \"" + NEW_TEXT + "\"");
  }
}
