package io.github.anthology.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.api.lint.LintResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace in a directory below its registry finds the configuration above, up to the repository's root. */
class ConfigDiscoveryTest {
  static final String CONFIG = "inputs: [taxonomy.yaml, research.yaml]\nrules:\n  naming/format: off\n";

  @TempDir Path tmp;

  private Path registry(Path dir) throws Exception {
    Files.createDirectories(dir.resolve("sub/deeper"));
    Files.copy(Path.of("../examples/sota/taxonomy.yaml"), dir.resolve("taxonomy.yaml"));
    Files.copy(Path.of("../examples/sota/research.yaml"), dir.resolve("research.yaml"));
    Files.writeString(dir.resolve("taxonomy.yaml"), Files.readString(dir.resolve("taxonomy.yaml")) + "  - name: Bad_Name\n");
    return dir;
  }

  @Test
  void aRunWithoutInputsBelowTheRegistryReadsWhatTheConfigurationAboveNames() throws Exception {
    Path reg = registry(tmp.resolve("repo"));
    Files.createDirectories(reg.resolve(".git"));
    Files.writeString(reg.resolve("anthology.yaml"), CONFIG);

    LintResult result = Workspace.builder().workingDirectory(reg.resolve("sub/deeper")).build().lint();

    assertThat(result.files()).containsExactly(reg.resolve("taxonomy.yaml").toString(),
        reg.resolve("research.yaml").toString());
    assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("naming/format"));
  }

  @Test
  void theSearchStopsAtTheRepositorysRoot() throws Exception {
    Path reg = registry(tmp.resolve("outer/repo"));
    Files.writeString(reg.resolve(".git"), "gitdir: elsewhere\n"); // a worktree's .git is a file
    Files.writeString(tmp.resolve("outer/anthology.yaml"), CONFIG);

    LintResult result = Workspace.builder().workingDirectory(reg).build().lint();

    assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("naming/format"));
  }

  @Test
  void aConfigurationBesideTheInputWinsOverOneAbove() throws Exception {
    Path reg = registry(tmp.resolve("repo"));
    Files.writeString(tmp.resolve("anthology.yaml"), CONFIG);
    Files.writeString(reg.resolve("anthology.yaml"), "rules:\n  naming/format: warning\n");

    LintResult result = Workspace.builder().input(reg).build().lint();

    assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("naming/format") && f.level().label().equals("warning"));
  }
}
