package io.github.anthology.cli.tools;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A tool installed outside the build ({@code .ci/run} installs each one). Without it a test is
 * skipped, unless the CI variable is set: there the test must run, so a missing tool fails it.
 */
final class ExternalTool {
  /** The repository root, seen from a module directory (the tests' working directory). */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private ExternalTool() {}

  static void requireOrSkip(boolean present, String what, String install) {
    if (System.getenv("CI") != null) {
      assertTrue(present, "CI is set, so this test must run, but " + what + " is missing (" + install + ")");
    }
    assumeTrue(present, "Skipping: " + what + " is not installed (" + install + "); set CI=true to make this a failure");
  }

  /** A process's exit code and its standard output and error, interleaved. */
  record Result(int exitCode, String output) {}

  /** Runs a command in {@code dir} with extra environment variables; fails after {@code minutes}. */
  static Result run(Path dir, Map<String, String> env, int minutes, List<String> command)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("anthology-tool", ".log");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(command + " did not finish in " + minutes + " min:\n" + Files.readString(log));
      }
      return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
