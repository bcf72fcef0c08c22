package io.github.anthology.api.internal.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.api.build.BuildProgress;
import io.github.anthology.render.build.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactWriterTest {
  @TempDir Path dir;

  private static Artifact text(String path, String content) {
    return new Artifact(path, out -> out.write(content));
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theLongestArtifactsAreRenderedFirstAndUnknownOnesLastInTheirOrder() {
    List<Artifact> given = Stream.of("TOPICS.md", "extra-b", "REGISTRY.md", "index.html", "extra-a",
        "registry.json", "registry.yaml").map(p -> text(p, p)).toList();

    assertThat(ArtifactWriter.renderOrder(given)).extracting(Artifact::path).containsExactly(
        "registry.yaml", "REGISTRY.md", "index.html", "registry.json", "TOPICS.md", "extra-b", "extra-a");
  }

  @Test
  void everyArtifactIsWrittenWithItsContentAndNoTemporaryFileRemains() throws IOException {
    List<String> written = ArtifactWriter.write(dir, List.of(text("a.md", "Müller → ok\n"), text("sub/b.html", "<p>")),
        BuildProgress.silent());

    assertThat(written).containsExactly("a.md", "sub/b.html");
    assertThat(Files.readString(dir.resolve("a.md"))).isEqualTo("Müller → ok\n");
    assertThat(Files.readString(dir.resolve("sub/b.html"))).isEqualTo("<p>");
    assertThat(listing()).containsExactly("a.md", "sub");
  }

  @Test
  void whenOneArtifactFailsToRenderNoFileIsReplacedAndNoTemporaryFileRemains() throws IOException {
    Files.writeString(dir.resolve("a.md"), "old");
    Artifact failing = new Artifact("b.md", out -> {
      out.write("half");
      throw new IOException("renderer failed");
    });

    assertThatThrownBy(() -> ArtifactWriter.write(dir, List.of(text("a.md", "new"), failing), BuildProgress.silent()))
        .hasMessageContaining("renderer failed");
    assertThat(Files.readString(dir.resolve("a.md"))).isEqualTo("old");
    assertThat(listing()).containsExactly("a.md");
  }

  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.Timeout(120)
  void aFailureWhileOtherArtifactsWaitForAThreadEndsTheBuildInsteadOfHangingIt() throws IOException {
    List<Artifact> artifacts = new java.util.ArrayList<>();
    artifacts.add(new Artifact("registry.yaml", out -> {
      throw new IOException("permission denied");
    }));
    for (int i = 0; i < 4 * Runtime.getRuntime().availableProcessors(); i++) {
      artifacts.add(new Artifact("page" + i + ".html", out -> {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        out.write('x');
      }));
    }
    assertThatThrownBy(() -> ArtifactWriter.write(dir, artifacts, BuildProgress.silent())).hasMessageContaining("permission denied");
    assertThat(listing()).isEmpty();
  }
}
