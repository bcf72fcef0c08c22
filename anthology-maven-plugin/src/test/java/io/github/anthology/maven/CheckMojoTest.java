package io.github.anthology.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.api.Workspace;
import io.github.anthology.api.testing.AcmePlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check goal on real registries, set up as Maven sets it up (its integration tests run it in Maven). */
class CheckMojoTest {
  @TempDir Path dir;
  private final RecordingLog log = new RecordingLog();

  private CheckMojo check(String sample) throws Exception {
    return Projects.setUp(new CheckMojo(), Projects.copy(sample, dir), log);
  }

  @Test
  void aCleanRegistryPassesAndItsSarifReportIsWritten() throws Exception {
    check("check-clean").execute();

    assertThat(log.lines).contains("[INFO] anthology: 0 errors, 0 warnings, 0 infos in 2 files");
    assertThat(Files.readString(dir.resolve("target/anthology/anthology.sarif"))).contains("\"results\" : [ ]");
  }

  @Test
  void anErrorFailsTheBuildAfterEveryFindingIsLoggedAsFileLineColAndTheReportIsWritten() throws Exception {
    CheckMojo mojo = check("check-error");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("anthology: 1 error, 0 warnings, 0 infos; the build fails on findings at or above error");
    assertThat(log.lines).contains("[ERROR] " + dir.resolve("research.yaml") + ":15:11: error paper/year-key year 2071"
        + " differs from the year key 2017 the paper is listed under and from its arXiv id `1706.03762` (posted 2017);"
        + " correct the year to 2017");
    assertThat(Files.readString(dir.resolve("target/anthology/anthology.sarif"))).contains("paper/year-key");
  }

  @Test
  void failOnWarningAndMaxWarningsWinOverTheConfiguration() throws Exception {
    Files.writeString(dir.resolve("anthology.yaml"), "fail-on: error\n");
    CheckMojo mojo = check("fix");
    mojo.failOn = "WARNING";
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("anthology: 0 errors, 1 warning, 0 infos; the build fails on findings at or above warning");

    CheckMojo limited = Projects.setUp(new CheckMojo(), dir, log);
    limited.maxWarnings = 0;
    assertThatThrownBy(limited::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("anthology: 0 errors, 1 warning, 0 infos; the build fails on more than 0 warnings");

    CheckMojo tolerant = Projects.setUp(new CheckMojo(), dir, log);
    tolerant.maxWarnings = 1;
    tolerant.execute();
  }

  @Test
  void theConfigurationFilesFailOnAppliesWhenThePomSaysNothing() throws Exception {
    Path config = Files.writeString(dir.resolve("strict.yaml"), "fail-on: warning\n");
    CheckMojo mojo = check("fix");
    mojo.configFile = config.toFile();
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageEndingWith("at or above warning");
  }

  @Test
  void everyConfiguredFormatIsWrittenUnderItsOwnName() throws Exception {
    CheckMojo mojo = check("check-clean");
    mojo.formats = List.of("text", "json", "sarif", "github", "junit", "checkstyle");
    mojo.execute();

    try (var files = Files.list(dir.resolve("target/anthology"))) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("anthology.txt",
          "anthology.json", "anthology.sarif", "anthology-github.txt", "anthology-junit.xml", "anthology-checkstyle.xml");
    }
    assertThat(Files.readString(dir.resolve("target/anthology/anthology-checkstyle.xml"))).contains("<checkstyle");
  }

  @Test
  void aWrongParameterFailsWithOneLineBeforeAnythingIsRead() throws Exception {
    CheckMojo badLevel = check("check-clean");
    badLevel.failOn = "fatal";
    assertThatThrownBy(badLevel::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("anthology: failOn must be error, warning or info, not `fatal`");

    CheckMojo badFormat = Projects.setUp(new CheckMojo(), dir, log);
    badFormat.formats = List.of("pdf");
    assertThatThrownBy(badFormat::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("pdf")
        .hasMessageContaining("sarif");
    assertThat(dir.resolve("target")).doesNotExist();
  }

  @Test
  void anUnreadableInputFailsWithItsPlaceInOneLine() throws Exception {
    CheckMojo mojo = check("check-clean");
    Files.writeString(dir.resolve("research.yaml"), "2017:\n  - title: [unclosed\n");
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith(dir.resolve("research.yaml") + ":")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aModuleWithoutARegistryFailsSayingSo() {
    CheckMojo mojo = Projects.setUp(new CheckMojo(), dir, log);
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("no registry files here");
  }

  @Test
  void inputsAreFilesDirectoriesOrGlobsUnderTheProject() throws Exception {
    Path registry = Files.createDirectories(dir.resolve("src/registry"));
    Projects.copy("check-error", registry);
    CheckMojo byDirectory = Projects.setUp(new CheckMojo(), dir, log);
    byDirectory.inputs = List.of("src/registry");
    assertThatThrownBy(byDirectory::execute).isInstanceOf(MojoFailureException.class);

    CheckMojo byGlob = Projects.setUp(new CheckMojo(), dir, log);
    byGlob.inputs = List.of("src/**/taxonomy.yaml");
    byGlob.execute();
    assertThat(log.lines).contains("[INFO] anthology: 0 errors, 0 warnings, 0 infos in 1 file");
  }

  @Test
  void aBaselineLeavesOutTheFindingsItRecords() throws Exception {
    CheckMojo mojo = check("check-error");
    Path baseline = dir.resolve("anthology-baseline.json");
    Workspace recorder = Workspace.builder().workingDirectory(dir).withoutBaseline().build();
    recorder.writeBaseline(recorder.lint(), baseline);
    mojo.baseline = baseline.toFile();

    mojo.execute();
    assertThat(log.text()).contains("[INFO] anthology: 1 finding in the baseline ").contains(" not shown")
        .doesNotContain("paper/year-key");
  }

  @Test
  void pluginJarsAddTheirRules() throws Exception {
    Path registry = AcmePlugin.registry(dir);
    CheckMojo mojo = Projects.setUp(new CheckMojo(), registry, log);
    mojo.plugins = List.of(AcmePlugin.working(dir.resolve("acme.jar")).toFile());
    mojo.execute();
    assertThat(log.text()).contains(": warning acme/short-title title `Switch` is one word");
  }

  @Test
  void skipDoesNothing() throws Exception {
    CheckMojo mojo = check("check-error");
    mojo.skip = true;
    mojo.execute();
    assertThat(log.lines).containsExactly("[INFO] anthology: skipped");
    assertThat(dir.resolve("target")).doesNotExist();
  }
}
