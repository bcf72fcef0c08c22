package io.github.anthology.cli.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook of this repository, tried with {@code pre-commit try-repo} in a new git
 * repository holding a copy of the example registry: a change with a malformed topic tag is
 * refused with its finding printed, a clean one passes. (try-repo takes this checkout's
 * uncommitted changes too; the hook uses the jar the build made, through ANTHOLOGY_JAR.)
 */
class PreCommitIT {
  static final String INSTALL = "apt-get install pre-commit, or pip install pre-commit";

  @TempDir Path tmp;
  private Path repo;
  private Map<String, String> env;

  private static boolean installed() {
    try {
      return ExternalTool.run(Path.of("."), Map.of(), 1, List.of("pre-commit", "--version")).exitCode() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  @BeforeEach
  void repository() throws Exception {
    ExternalTool.requireOrSkip(installed(), "pre-commit", INSTALL);
    repo = Files.createDirectories(tmp.resolve("curators"));
    env = Map.of("ANTHOLOGY_JAR", BuiltCli.jar().toString(), "PRE_COMMIT_HOME", tmp.resolve("cache").toString(),
        "GIT_AUTHOR_NAME", "Curator", "GIT_AUTHOR_EMAIL", "curator@example.org",
        "GIT_COMMITTER_NAME", "Curator", "GIT_COMMITTER_EMAIL", "curator@example.org");
    git("init", "-q", "-b", "main");
    BuiltCli.copyExample(repo.resolve("registry"));
    Files.writeString(repo.resolve("README.md"), "Our registry.\n");
    git("add", "README.md");
    git("commit", "-q", "-m", "start");
  }

  private ExternalTool.Result git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ExternalTool.Result r = ExternalTool.run(repo, env, 1, command);
    assertThat(r.exitCode()).as(r.output()).isZero();
    return r;
  }

  private ExternalTool.Result tryRepo() throws Exception {
    return ExternalTool.run(repo, env, 10, List.of("pre-commit", "try-repo", ExternalTool.ROOT.toString(),
        "anthology-lint", "--verbose", "--color", "never"));
  }

  @Test
  void aCommitWithAMalformedTopicTagIsRefusedWithTheFindingPrinted() throws Exception {
    Path research = repo.resolve("registry/research.yaml");
    Files.writeString(research, Files.readString(research).replaceFirst("- training-optimization\n", "- Training_Optimization\n"));
    git("add", "registry");
    ExternalTool.Result r = tryRepo();
    assertThat(r.exitCode()).as(r.output()).isEqualTo(1);
    assertThat(r.output()).contains("anthology lint").contains("Failed")
        .contains("registry/research.yaml:12:9: error taxonomy/unknown-topic topic `Training_Optimization` is not defined in the taxonomy; did you mean `training-optimization`?");
  }

  @Test
  void aCleanCommitPasses() throws Exception {
    git("add", "registry");
    ExternalTool.Result r = tryRepo();
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).contains("anthology lint").contains("Passed");
  }

  @Test
  void aCommitThatTouchesNoRegistryFileSkipsTheHook() throws Exception {
    Files.writeString(repo.resolve("README.md"), "Our registry, described.\n");
    git("add", "README.md");
    ExternalTool.Result r = tryRepo();
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).contains("(no files to check)Skipped");
  }
}
