package io.github.anthology.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.api.build.BuildOptions;
import io.github.anthology.api.lint.LintResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory PATH stands for its tree: nested registries are read, a build's output inside it is not. */
class DirectoryWalkTest {
  static final Path EXAMPLE = Path.of("../examples/sota");

  @TempDir Path tmp;

  private Path registry() throws Exception {
    Path reg = tmp.resolve("reg");
    Files.createDirectories(reg);
    Files.copy(EXAMPLE.resolve("taxonomy.yaml"), reg.resolve("taxonomy.yaml"));
    Files.copy(EXAMPLE.resolve("research.yaml"), reg.resolve("research.yaml"));
    return reg;
  }

  @Test
  void whatABuildWritesInsideTheRegistryIsNotReadBack() throws Exception {
    Path reg = registry();
    LintResult before = Workspace.builder().input(reg).build().lint();
    int recommendations = Workspace.builder().input(reg).build().read().recommendations().size();
    Workspace.builder().input(reg).build().build(BuildOptions.into(reg.resolve("site")));
    Workspace.builder().input(reg).build().build(BuildOptions.into(reg.resolve("docs/site")));
    assertThat(reg.resolve("site/registry.yaml")).exists();
    assertThat(reg.resolve("docs/site/registry.json")).exists();

    Workspace after = Workspace.builder().input(reg).build();

    assertThat(after.files()).containsExactly(reg.resolve("taxonomy.yaml"), reg.resolve("research.yaml"));
    assertThat(after.lint().findings()).isEqualTo(before.findings());
    assertThat(after.read().recommendations()).hasSize(recommendations);
  }

  /**
   * The example registry as a tree: its first year's papers in {@code research.yaml}, the rest in
   * {@code later/research.yaml}.
   */
  static Path splitRegistry(Path reg) throws Exception {
    Files.createDirectories(reg.resolve("later"));
    Files.copy(EXAMPLE.resolve("taxonomy.yaml"), reg.resolve("taxonomy.yaml"));
    String research = Files.readString(EXAMPLE.resolve("research.yaml"));
    int split = research.indexOf("\n20", research.indexOf("\n20") + 1);
    Files.writeString(reg.resolve("research.yaml"), research.substring(0, split + 1));
    Files.writeString(reg.resolve("later/research.yaml"), research.substring(split + 1));
    return reg;
  }

  @Test
  void researchInSubdirectoriesIsReadAndIgnoredOnesAreNot() throws Exception {
    Path reg = splitRegistry(tmp.resolve("reg"));
    Files.createDirectories(reg.resolve("drafts"));
    Files.writeString(reg.resolve("drafts/research.yaml"), "2031:\n  - title: not: valid: yaml\n");
    Files.createDirectories(reg.resolve(".cache"));
    Files.writeString(reg.resolve(".cache/research.yaml"), "broken: [\n");
    Files.writeString(reg.resolve("anthology.yaml"), "ignores: [drafts/**]\n");

    Workspace w = Workspace.builder().input(reg).build();

    assertThat(w.files()).containsExactly(reg.resolve("taxonomy.yaml"), reg.resolve("research.yaml"),
        reg.resolve("later/research.yaml"));
    int whole = Workspace.builder().input(EXAMPLE.resolve("research.yaml")).build().read().recommendations().size();
    assertThat(w.read().recommendations()).hasSize(whole);
  }
}
