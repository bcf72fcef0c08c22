package io.github.anthology.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.io.RegistryInputs.WhenEmpty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory PATH stands for the registry files of its tree, without what a build wrote into it. */
class RegistryWalkTest {
  @TempDir Path tmp;

  private Path touch(String name) throws Exception {
    Path file = tmp.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x: 1\n");
    return file;
  }

  /** Makes the files under {@code reg/}, then walks it; the files read, relative to {@code reg/}. */
  private List<String> walked(String... files) throws Exception {
    for (String f : files) {
      touch("reg/" + f);
    }
    Path reg = tmp.resolve("reg");
    return RegistryInputs.files(List.of(reg), WhenEmpty.NOTHING).stream()
        .map(p -> reg.relativize(p).toString()).toList();
  }

  @Test
  void aDirectoryIsWalkedInNameOrderEachDirectorysFilesBeforeItsSubdirectories() throws Exception {
    touch("reg/research.yaml");
    touch("reg/taxonomy.yaml");
    touch("reg/b/c/research.yaml");
    touch("reg/a/research.yaml");
    touch("reg/a/notes.yaml");
    touch("reg/a/README.md");
    touch("reg/anthology.yaml");

    assertThat(RegistryInputs.files(List.of(tmp.resolve("reg")), WhenEmpty.NOTHING)).containsExactly(
        tmp.resolve("reg/taxonomy.yaml"), tmp.resolve("reg/research.yaml"), tmp.resolve("reg/a/research.yaml"),
        tmp.resolve("reg/b/c/research.yaml"));
  }

  @Test
  void hiddenDirectoriesAndNodeModulesAreSkipped() throws Exception {
    assertThat(walked("research.yaml", ".git/research.yaml", ".cache/sub/research.yaml",
        "node_modules/pkg/research.yaml")).containsExactly("research.yaml");
  }

  @Test
  void exportsInATreeWithResearchAreBuiltFromItAndNotRead() throws Exception {
    assertThat(walked("taxonomy.yaml", "research.yaml", "site/registry.yaml", "site/registry.json", "site/REGISTRY.md",
        "more/registry.jsonl")).containsExactly("taxonomy.yaml", "research.yaml");
  }

  @Test
  void aTreeWithoutResearchReadsItsTopmostExportOnly() throws Exception {
    assertThat(walked("taxonomy.yaml", "a-site/registry.yaml", "registry.json", "site/registry.yaml"))
        .containsExactly("taxonomy.yaml", "registry.json");
  }

  @Test
  void skippedFilesAreNotReadButNamedFilesAre() throws Exception {
    touch("reg/research.yaml");
    Path draft = touch("reg/drafts/research.yaml");

    assertThat(RegistryInputs.files(List.of(tmp.resolve("reg"), draft), WhenEmpty.NOTHING,
        p -> p.toString().contains("drafts"))).containsExactly(tmp.resolve("reg/research.yaml"), draft);
  }

  @Test
  void whatNoPathMeansIsAParameter() throws Exception {
    assertThat(RegistryInputs.files(List.of(), WhenEmpty.NOTHING)).isEmpty();
    assertThat(outcome(List.of(), WhenEmpty.WORKING_DIRECTORY))
        .isEqualTo(outcome(List.of(Path.of(".")), WhenEmpty.NOTHING)).isNotEqualTo(List.of());
  }

  private static Object outcome(List<Path> paths, WhenEmpty whenEmpty) {
    try {
      return RegistryInputs.files(paths, whenEmpty);
    } catch (ReadException e) {
      return e.getMessage();
    }
  }

  @Test
  void aTreeWithoutRegistryFilesIsAnError() throws Exception {
    touch("empty/sub/notes.yaml");

    assertThatThrownBy(() -> RegistryInputs.files(List.of(tmp.resolve("empty")), WhenEmpty.NOTHING))
        .isInstanceOf(ReadException.class).hasMessageContaining("no registry files here or below");
    assertThatThrownBy(() -> RegistryInputs.files(List.of(tmp.resolve("gone")), WhenEmpty.NOTHING))
        .isInstanceOf(ReadException.class).hasMessageEndingWith("gone: no such file or directory");
  }
}
