package io.github.anthology.cli.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** The CLI as the package phase leaves it: the jar, and the launcher that starts it. */
final class BuiltCli {
  static final Path JAR = Path.of("target/anthology.jar").toAbsolutePath();
  static final Path LAUNCHER = ExternalTool.ROOT.resolve("bin/anthology");
  static final Path EXAMPLE = ExternalTool.ROOT.resolve("examples/sota");

  private BuiltCli() {}

  /** Fails unless the jar was built: integration tests run after package. */
  static Path jar() {
    assertThat(JAR).as("the CLI jar; integration tests run after `package`").isRegularFile();
    return JAR;
  }

  /** A copy of the bundled example registry in {@code dir}. */
  static Path copyExample(Path dir) throws Exception {
    Files.createDirectories(dir);
    try (var files = Files.list(EXAMPLE)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName().toString()));
      }
    }
    return dir;
  }
}
