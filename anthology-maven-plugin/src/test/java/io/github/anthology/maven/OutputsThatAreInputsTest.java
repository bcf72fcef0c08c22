package io.github.anthology.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.api.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No report or rendered file may overwrite a file the registry is read from (through a link
 * either): the goal fails with one line before anything is read or written, and every file stays
 * as it was.
 */
class OutputsThatAreInputsTest {
  private static final List<String> REGISTRY_FILES = List.of("research.yaml", "taxonomy.yaml", "anthology.yaml");

  @TempDir Path dir;
  private final RecordingLog log = new RecordingLog();

  @Test
  void noReportIsWrittenThroughALinkOverARegistryFile() throws Exception {
    for (String format : Workspace.reportFormats()) {
      for (String input : REGISTRY_FILES) {
        Path project = Files.createDirectories(dir.resolve(format + "-" + input));
        Projects.copy("check-error", project);
        Files.writeString(project.resolve("anthology.yaml"), "fail-on: error\n");
        Path reports = Files.createDirectories(project.resolve("target/anthology"));
        Files.createSymbolicLink(reports.resolve(ReportFiles.name(format)), project.resolve(input));
        Map<Path, String> before = contents(project);

        CheckMojo mojo = Projects.setUp(new CheckMojo(), project, log);
        mojo.formats = Stream.concat(Workspace.reportFormats().stream().filter(f -> !f.equals(format)), Stream.of(format))
            .toList();
        assertThatThrownBy(mojo::execute).as("%s over %s", format, input).isInstanceOf(MojoExecutionException.class)
            .hasMessageContaining("the " + format + " report names the same file as the input")
            .hasMessageContaining("nothing was written")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(contents(project)).as("%s over %s", format, input).isEqualTo(before);
      }
    }
    assertThat(log.lines).as("refused before the registry is linted").isEmpty();
  }

  @Test
  void theBuildIsNotWrittenOverTheExportItIsBuiltFrom() throws Exception {
    BuildMojo export = Projects.setUp(new BuildMojo(), Projects.copy("build", dir), log);
    export.execute();
    Path consumer = Files.createDirectories(dir.resolve("consumer"));
    String registry = Files.readString(dir.resolve("target/anthology/registry.yaml"));
    Files.writeString(consumer.resolve("registry.yaml"), registry.replace("Attention Is All You Need", "Attention"));

    BuildMojo intoItself = Projects.setUp(new BuildMojo(), consumer, log);
    intoItself.outputDirectory = consumer.toFile();
    assertThatThrownBy(intoItself::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("the output names").hasMessageContaining("nothing was written");
    try (Stream<Path> files = Files.list(consumer)) {
      assertThat(files).containsExactly(consumer.resolve("registry.yaml"));
    }
    assertThat(Files.readString(consumer.resolve("registry.yaml"))).contains("title: Attention\n");
  }

  @Test
  void theBuildIsNotWrittenOverAFile() throws Exception {
    BuildMojo mojo = Projects.setUp(new BuildMojo(), Projects.copy("build", dir), log);
    mojo.outputDirectory = dir.resolve("research.yaml").toFile();
    Map<Path, String> before = contents(dir);
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("the output must name a directory, and this is a file; nothing was written");
    assertThat(contents(dir)).isEqualTo(before);
  }

  private static Map<Path, String> contents(Path project) throws Exception {
    Map<Path, String> contents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(project)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        contents.put(project.relativize(file), Files.readString(file));
      }
    }
    return contents;
  }
}
