package io.github.anthology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.api.build.BuildOptions;
import io.github.anthology.api.diff.DiffOptions;
import io.github.anthology.api.lint.LintResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedder writing through the facade gets the command line's protection: an output that
 * names an input (or the configuration or a registry file beside one, or a link to either) is
 * refused with one line saying nothing was written, and nothing is.
 */
class WorkspaceOutputsTest {
  private static final Path EXAMPLE = Path.of("../examples/sota");

  @TempDir Path dir;
  Path research;
  String before;

  @BeforeEach
  void copyTheExample() throws Exception {
    for (String f : new String[] {"research.yaml", "taxonomy.yaml"}) {
      Files.copy(EXAMPLE.resolve(f), dir.resolve(f));
    }
    research = dir.resolve("research.yaml");
    before = Files.readString(research);
  }

  private void refused(ThrowingCall call) {
    assertThatThrownBy(call::run).isInstanceOf(AnthologyException.class).hasMessageContaining("nothing was written");
    assertThat(research).hasContent(before.stripTrailing());
  }

  @FunctionalInterface
  interface ThrowingCall {
    void run() throws Exception;
  }

  @Test
  void aReportOrBaselineOverAnInputIsRefused() throws Exception {
    Workspace workspace = Workspace.builder().input(dir).build();
    LintResult result = workspace.lint();
    refused(() -> workspace.writeFile(research, "report"));
    refused(() -> workspace.writeFile(dir.resolve("taxonomy.yaml"), "report", "--output"));
    refused(() -> workspace.writeBaseline(result, research));
    Path link = Files.createSymbolicLink(dir.resolve("report.txt"), research);
    refused(() -> workspace.writeFile(link, "report"));
    assertThatThrownBy(() -> workspace.checkOutput(research, "--output")).hasMessageContaining("--output names an input");

    workspace.writeFile(dir.resolve("findings.txt"), "report");
    assertThat(dir.resolve("findings.txt")).hasContent("report");
  }

  @Test
  void aBuildIntoAFileOrOverAnInputExportIsRefused() throws Exception {
    refused(() -> Workspace.builder().input(dir).build().build(BuildOptions.into(research)));
    Path out = dir.resolve("out");
    Workspace.builder().input(dir).build().build(BuildOptions.into(out));
    Path export = out.resolve("registry.yaml");
    String exported = Files.readString(export);
    assertThatThrownBy(() -> Workspace.builder().input(export).build().build(BuildOptions.into(out)))
        .hasMessageContaining("nothing was written");
    assertThat(export).hasContent(exported.stripTrailing());
  }

  @Test
  void aDiffWrittenOverEitherVersionIsRefusedBeforeAnythingIsCompared() throws Exception {
    Path old = Files.writeString(dir.resolve("old.yaml"), before);
    Workspace workspace = Workspace.builder().build();
    refused(() -> workspace.diff(DiffOptions.between(old.toString(), research.toString()).writingTo(research, "--output")));
    refused(() -> workspace.diff(DiffOptions.between(old.toString(), research.toString()).writingTo(old, "--output")));
    assertThat(old).hasContent(before.stripTrailing());
  }
}
