package io.github.anthology.cli.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.api.testing.AcmePlugin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The released form: {@code java -jar anthology.jar} with a plugin jar built during the test run. */
class ShadedJarIT {
  static final Path JAR = Path.of("target/anthology.jar");

  @TempDir Path dir;
  Path registry;
  String acme;

  @BeforeEach
  void registryAndPlugin() throws Exception {
    registry = AcmePlugin.registry(dir);
    acme = AcmePlugin.working(dir.resolve("my-rules.jar")).toString();
  }

  /** Exit status, standard output and standard error of one run of the jar. */
  record Run(int exitCode, String out, String err) {}

  private Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err));
  }

  @Test
  void lintWithAPluginJarReportsThePluginsFindings() throws Exception {
    Run lint = run("lint", "--plugin", acme, registry.toString());

    assertThat(lint.exitCode()).as(lint.err()).isZero();
    assertThat(lint.out()).contains("warning acme/short-title title `Switch` is one word");
  }

  @Test
  void explainPrintsThePluginsPageFromItsJar() throws Exception {
    Run explain = run("explain", "--plugin", acme, AcmePlugin.SHORT_TITLE);

    assertThat(explain.exitCode()).as(explain.err()).isZero();
    assertThat(explain.out()).isEqualTo(AcmePlugin.SHORT_TITLE_PAGE);
  }

  @Test
  void sarifLinksThePluginsRuleToItsOwnPage() throws Exception {
    Run sarif = run("lint", "--plugin", acme, "--format", "sarif", registry.toString());

    assertThat(sarif.out()).contains("\"helpUri\" : \"" + AcmePlugin.SHORT_TITLE_URL + "\"");
  }
}
