package io.github.anthology.cli.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.api.testing.AcmePlugin;
import io.github.anthology.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginCliTest {
  @TempDir Path dir;
  Path registry;
  String acme;

  @BeforeEach
  void registryAndPlugin() throws Exception {
    registry = AcmePlugin.registry(dir);
    acme = AcmePlugin.working(dir.resolve("acme-rules.jar")).toString();
  }

  @Test
  void lintReportsThePluginsFindingsWithItsLink() {
    CliRun run = CliRun.of("lint", "--plugin", acme, registry.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("warning acme/short-title title `Switch` is one word; give the paper's full title")
        .contains("  acme/short-title: " + AcmePlugin.SHORT_TITLE_URL);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void rulesAndExplainShowThePluginsRule() {
    assertThat(CliRun.of("rules", "--plugin", acme).out()).contains("acme/short-title").contains("A test rule.");
    CliRun explain = CliRun.of("explain", "--plugin", acme, "acme/short-title");
    assertThat(explain.exitCode()).isZero();
    assertThat(explain.out()).isEqualTo(AcmePlugin.SHORT_TITLE_PAGE);
  }

  @Test
  void aRuleThatThrowsIsOneLineNamingItsPluginAndTheReportStillComes() throws Exception {
    String broken = AcmePlugin.throwing(dir.resolve("broken.jar")).toString();
    CliRun run = CliRun.of("lint", "--plugin", acme, "--plugin", broken, registry.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().satisfies(l -> assertThat(l)
        .startsWith("anthology: rule `acme-broken/always-throws` of plugin " + broken + " failed: IllegalStateException"));
    assertThat(run.err()).doesNotContain("\tat ");
    assertThat(run.out()).contains("acme/short-title");
  }

  @Test
  void buildWithTemplatesAndDiffNameARuleThatThrowsRatherThanDropItsFindingsSilently() throws Exception {
    String broken = AcmePlugin.throwing(dir.resolve("broken.jar")).toString();
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("NOTES.md.j2"), "{{ findings | length }} findings\n");
    String expected = "anthology: rule `acme-broken/always-throws` of plugin " + broken + " failed: IllegalStateException";

    CliRun build = CliRun.of("build", "--plugin", broken, "--templates", templates.toString(),
        "--out", dir.resolve("site").toString(), registry.toString());
    CliRun diff = CliRun.of("diff", "--plugin", broken, registry.toString(), registry.toString());

    for (CliRun run : new CliRun[] {build, diff}) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
      assertThat(run.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith(expected));
      assertThat(run.err()).doesNotContain("\tat ");
    }
    assertThat(build.out()).startsWith("wrote ");
    assertThat(dir.resolve("site/NOTES.md")).isRegularFile();
  }

  @Test
  void aBrokenJarIsAUsageErrorNamingIt() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.jar"), "not a zip");
    CliRun run = CliRun.of("lint", "--plugin", notes.toString(), registry.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("anthology: plugin " + notes + ": not a jar file (ZipException: zip END header not found)\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aPluginRuleIdThatClashesIsAUsageErrorForEveryCommand() throws Exception {
    String clash = AcmePlugin.withRuleId(dir.resolve("clash.jar"), "naming/format").toString();
    for (String[] args : new String[][] {{"lint", "--plugin", clash, registry.toString()}, {"rules", "--plugin", clash},
        {"explain", "--plugin", clash, "naming/format"}}) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(args[0]).isEqualTo(2);
      assertThat(run.err()).as(args[0]).startsWith("anthology: plugin " + clash + ": its rule `naming/format`");
    }
  }
}
