package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint --fix} on a JSONL export edits its bytes in place, as it does a research.yaml. */
class LintFixJsonlTest {
  private static final String LINE = "{\"recommendation\": \"Route each token to one expert\", \"topic\": %s,"
      + " \"secondary\": [\"model-architecture\", %s], \"source\": {\"title\": \"Switch\", \"year\": 2021}}";
  private static final String REGISTRY = LINE.formatted("\"MoE\"", "\"Sparse Models\"") + "\n"
      + LINE.formatted("\"Mo\\u0045\"", "\"sparse-models\"") + "\n";
  private static final String FIXED = LINE.formatted("\"moe\"", "\"sparse-models\"") + "\n"
      + LINE.formatted("\"moe\"", "\"sparse-models\"") + "\n";

  @TempDir Path dir;

  @Test
  void fixWritesTheRenamesIntoTheJsonlAndLeavesEveryOtherByte() throws IOException {
    Path file = Files.writeString(dir.resolve("registry.jsonl"), REGISTRY);
    CliRun run = CliRun.of("lint", "--fix", file.toString());
    assertThat(Files.readString(file)).isEqualTo(FIXED);
    assertThat(run.err()).contains("updated " + file);
    assertThat(run.out()).doesNotContain("naming/format");
    assertThat(CliRun.of("lint", "--fix", file.toString()).err()).doesNotContain("updated");
  }

  @Test
  void fixKeepsTheByteOrderMarkAndLineEnds() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path file = dir.resolve("registry.jsonl");
    Files.write(file, concat(bom, REGISTRY.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    CliRun.of("lint", "--fix", file.toString());
    assertThat(Files.readAllBytes(file)).isEqualTo(concat(bom, FIXED.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void fixDryRunPrintsTheDiffOfTheJsonlAndChangesNothing() throws IOException {
    Path file = Files.writeString(dir.resolve("registry.jsonl"), REGISTRY);
    CliRun run = CliRun.of("lint", "--fix-dry-run", file.toString());
    assertThat(run.out()).contains("+++ b" + file).contains("+" + FIXED.lines().findFirst().orElseThrow());
    assertThat(file).hasContent(REGISTRY.strip());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
