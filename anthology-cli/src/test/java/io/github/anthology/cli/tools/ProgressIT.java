package io.github.anthology.cli.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar on a real pseudo-terminal ({@code script}) and its absence on a pipe, with the
 * jar as built. The delay is set to nothing so the small example need not take a second.
 */
class ProgressIT {
  private static final String NOW = "-Danthology.progress.delay=0";

  @TempDir Path tmp;

  @BeforeAll
  static void built() {
    BuiltCli.jar();
  }

  /** The command with CI and NO_PROGRESS unset, since the bar rightly stays off when the tests themselves run in CI. */
  private static String java(String... args) {
    return "env -u CI -u NO_PROGRESS " + plainJava(args);
  }

  private static String plainJava(String... args) {
    return "java " + NOW + " -jar " + BuiltCli.JAR + " " + String.join(" ", args);
  }

  private static ExternalTool.Result onATerminal(Path dir, String command) throws Exception {
    ExternalTool.requireOrSkip(Files.isExecutable(Path.of("/usr/bin/script")), "script (util-linux)",
        "apt-get install bsdutils");
    return ExternalTool.run(dir, Map.of(), 2, List.of("script", "-qec", command, "/dev/null"));
  }

  @Test
  void lintShowsReadingAndLintingOnATerminalsStandardError() throws Exception {
    ExternalTool.Result r = onATerminal(tmp, java("lint", "--output", "report.txt", BuiltCli.EXAMPLE.toString()) + " >/dev/null");
    assertThat(r.output()).contains("lint").contains("writing report.txt");
  }

  @Test
  void readingCountsAStepPerFileOfAWalkedTree() throws Exception {
    Path reg = tmp.resolve("reg");
    Files.createDirectories(reg.resolve("later"));
    for (String file : List.of("taxonomy.yaml", "research.yaml", "later/research.yaml")) {
      Files.copy(BuiltCli.EXAMPLE.resolve(Path.of(file).getFileName()), reg.resolve(file)); // the papers twice: findings, no matter
    }

    ExternalTool.Result r = onATerminal(tmp, java("lint", "--output", "report.txt", "reg") + " >/dev/null");

    // three files read, then linting and writing: five steps, where reading used to be one of three
    assertThat(r.output()).contains(" 5/5 ").doesNotContain("/3 ").contains("writing report.txt");
  }

  @Test
  void buildShowsRenderingOnATerminal() throws Exception {
    ExternalTool.Result r = onATerminal(tmp, java("build", BuiltCli.EXAMPLE.toString(), "--out", "site") + " >/dev/null");
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).contains("build").contains("writing ");
  }

  @Test
  void nothingOnAPipeOrInCi() throws Exception {
    ExternalTool.Result piped = ExternalTool.run(tmp, Map.of(), 2,
        List.of("sh", "-c", java("lint", BuiltCli.EXAMPLE.toString()) + " 2>&1 | cat"));
    assertThat(piped.output()).doesNotContain("linting ").contains("0 errors");
    ExternalTool.Result ci = onATerminal(tmp, "env CI=true " + plainJava("lint", "--output", "r.txt", BuiltCli.EXAMPLE.toString()));
    assertThat(ci.output()).doesNotContain("writing r.txt");
  }
}
