package io.github.anthology.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language server costs the other commands nothing: a lint (and the help) never loads its classes. */
class LspClassLoadingTest {
  @TempDir Path dir;

  private List<String> loadedBy(String... args) throws Exception {
    Path log = dir.resolve("classes-" + args[0].replace("-", "") + ".log");
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"), "io.github.anthology.cli.Main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("out").toFile()).redirectErrorStream(true).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> lines = Files.readAllLines(log);
    assertThat(lines).anyMatch(l -> l.contains("io.github.anthology.cli.Main "));
    return lines;
  }

  @Test
  void lintLoadsNoClassOfTheLanguageServerOrLsp4j() throws Exception {
    // The command's own class is read for its name (picocli's annotation); nothing it calls is loaded.
    assertThat(loadedBy("lint", "../examples/sota")).noneMatch(l -> l.contains("io.github.anthology.lsp.")
        || l.contains("org.eclipse.lsp4j") || l.contains("com.google.gson"));
  }

  @Test
  void theHelpListsTheCommandWithoutLoadingTheServer() throws Exception {
    List<String> loaded = loadedBy("--help");
    assertThat(Files.readString(dir.resolve("out"))).contains("lsp");
    assertThat(loaded).noneMatch(l -> l.contains("io.github.anthology.lsp.") || l.contains("org.eclipse.lsp4j"));
  }
}
