package io.github.anthology.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildMojoTest {
  @TempDir Path dir;
  private final RecordingLog log = new RecordingLog();

  @Test
  void rendersTheRegistryIntoTargetAnthologyWithTheDateGiven() throws Exception {
    BuildMojo mojo = Projects.setUp(new BuildMojo(), Projects.copy("build", dir), log);
    mojo.date = "2026-01-31";
    mojo.execute();

    Path out = dir.resolve("target/anthology");
    assertThat(Files.readString(out.resolve("REGISTRY.md"))).contains("Attention Is All You Need").contains("2026-01-31");
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(log.lines).containsExactly("[INFO] anthology: wrote 5 files to " + out);
  }

  @Test
  void aDateThatIsNoDateFailsWithOneLine() throws Exception {
    BuildMojo mojo = Projects.setUp(new BuildMojo(), Projects.copy("build", dir), log);
    mojo.date = "31/01/2026";
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("anthology: date must be YYYY-MM-DD, not `31/01/2026`");
    assertThat(dir.resolve("target")).doesNotExist();
  }
}
