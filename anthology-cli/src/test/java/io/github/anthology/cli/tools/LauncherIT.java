package io.github.anthology.cli.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/anthology} finds its jar however it is reached: through links, from any directory. */
class LauncherIT {
  @TempDir Path tmp;

  @BeforeAll
  static void built() {
    BuiltCli.jar();
  }

  private static ExternalTool.Result run(Path dir, Path launcher, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    return ExternalTool.run(dir, Map.of(), 2, command);
  }

  @Test
  void aChainOfRelativeAndAbsoluteLinksOnPathReachesTheJar() throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("home/bin"));
    Path first = Files.createSymbolicLink(bin.resolve("anthology-real"), BuiltCli.LAUNCHER);
    Path onPath = Files.createSymbolicLink(bin.resolve("anthology"), Path.of("anthology-real"));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Path third = Files.createSymbolicLink(elsewhere.resolve("a"), Path.of("../home/bin/anthology"));
    for (Path link : List.of(first, onPath, third)) {
      ExternalTool.Result r = run(elsewhere, link, "--version");
      assertThat(r.exitCode()).as(r.output()).isZero();
      assertThat(r.output()).startsWith("anthology ");
    }
  }

  @Test
  void fromAnotherDirectoryItLintsARegistryByItsRelativePath() throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("anthology"), BuiltCli.LAUNCHER);
    BuiltCli.copyExample(tmp.resolve("work/sota"));
    ExternalTool.Result r = run(tmp.resolve("work"), link, "lint", "sota");
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).contains("sota/taxonomy.yaml:").contains("0 errors");
  }
}
