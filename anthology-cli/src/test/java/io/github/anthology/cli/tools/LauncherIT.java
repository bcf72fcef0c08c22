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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code bin/anthology} finds its jar however it is reached (through links, from any directory)
 * and starts it with the flags its mode needs.
 */
class LauncherIT {
  @TempDir Path tmp;

  @BeforeAll
  static void built() {
    BuiltCli.jar();
  }

  private static ExternalTool.Result run(Path dir, Path launcher, String... args) throws Exception {
    return run(dir, Map.of(), launcher, args);
  }

  private static ExternalTool.Result run(Path dir, Map<String, String> env, Path launcher,
      String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    return ExternalTool.run(dir, env, 2, command);
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

  /**
   * Both the quick-start and the big-input flags start from the class-data archive, and ask for
   * transparent huge pages where the kernel gives them on request: the JVM's own record of where
   * each class came from, and its final flags, say so.
   */
  @ParameterizedTest
  @ValueSource(strings = {"65536", "1"})
  void bothModesStartFromTheArchiveWithHugePagesOnRequest(String bigKb) throws Exception {
    Path classes = tmp.resolve("classes.txt");
    Path sota = BuiltCli.copyExample(tmp.resolve("sota"));
    Map<String, String> env = Map.of("ANTHOLOGY_BIG_KB", bigKb, "ANTHOLOGY_JAVA_OPTS",
        "-XX:+PrintFlagsFinal -Xlog:class+load=info:file=" + classes);
    ExternalTool.Result r = run(tmp, env, BuiltCli.LAUNCHER, "lint", sota.toString());
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(flag(r.output(), "UseParallelGC")).isEqualTo(bigKb.equals("1"));
    assertThat(Files.readAllLines(classes))
        .filteredOn(line -> line.contains(" io.github.anthology.cli.Main "))
        .singleElement().asString().contains("source: shared objects file");
    Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    boolean onRequest = Files.isReadable(thp) && Files.readString(thp).contains("[madvise]");
    assertThat(flag(r.output(), "UseTransparentHugePages")).isEqualTo(onRequest);
  }

  /** A boolean flag's final value as {@code -XX:+PrintFlagsFinal} lists it. */
  private static boolean flag(String output, String name) {
    return output.lines()
        .filter(line -> line.trim().matches("bool\\s+" + name + "\\s+=.*"))
        .map(line -> line.contains("= true"))
        .findFirst().orElseThrow(() -> new AssertionError(name + " not listed in:\n" + output));
  }
}
