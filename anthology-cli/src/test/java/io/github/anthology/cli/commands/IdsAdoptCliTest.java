package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anthology ids --adopt} on the reference system's data, as a migrating curator runs it. */
class IdsAdoptCliTest {
  private static final Path REFERENCE = Path.of("../testdata/anthology-of-the-sota");

  @TempDir Path dir;
  Path research;
  String published;

  @BeforeEach
  void copyTheReferenceData() throws IOException {
    research = Files.copy(REFERENCE.resolve("research.yaml"), dir.resolve("research.yaml"));
    published = REFERENCE.resolve("registry.yaml").toString();
  }

  @Test
  void withoutWriteItPrintsTheDiffAndChangesNothing() throws IOException {
    String before = Files.readString(research);
    CliRun run = CliRun.of("ids", dir.toString(), "--adopt", published);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("+      - text: use gradient clipping\n+        id: MLR-2020-Li002-0001");
    assertThat(research).hasContent(before);
  }

  @Test
  void aLightlyRewordedPracticeKeepsItsIdAndTheMatchIsReported() throws IOException {
    Files.writeString(research, Files.readString(research).replace("- use gradient clipping", "- Use gradient clipping."));
    CliRun run = CliRun.of("ids", dir.toString(), "--adopt", published, "--write");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).containsPattern("research\\.yaml:\\d+:9: adopted MLR-2020-Li002-0001 by similarity 0\\.9\\d:"
        + " published as \"use gradient clipping\"; check that it is the same practice");
    assertThat(Files.readString(research)).contains("- text: Use gradient clipping.\n        id: MLR-2020-Li002-0001");
  }

  @Test
  void aPublishedIdWhosePracticeIsGoneIsListedAndMakesTheExitCodeOne() throws IOException {
    Files.writeString(research, Files.readString(research).replace("      - use gradient clipping\n", ""));
    CliRun run = CliRun.of("ids", dir.toString(), "--adopt", published, "--write");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).containsPattern("registry\\.yaml:\\d+:3: published MLR-2020-Li002-0001 \"use gradient"
        + " clipping\" has no practice here; links to it will not resolve");
    assertThat(run.err()).contains("adopted 118 of 119 published ids");
  }

  @Test
  void anIdTwoPracticesWouldClaimIsAnErrorAndNothingIsWritten() throws IOException {
    String before = Files.readString(research);
    Path twice = dir.resolve("published.yaml");
    Files.writeString(twice, Files.readString(REFERENCE.resolve("registry.yaml"))
        .replace("id: MLR-2014-Kingma001-0002", "id: MLR-2014-Kingma001-0001"));
    CliRun run = CliRun.of("ids", dir.toString(), "--adopt", twice.toString(), "--write");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).containsPattern("published\\.yaml:\\d+:3: the published registry gives"
        + " MLR-2014-Kingma001-0001 to two practices").doesNotContain("Exception");
    assertThat(research).hasContent(before);
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(CliRun.of("ids", dir.toString(), "--numbering", "per-decade").err())
        .contains("unknown numbering `per-decade`; use per-year or per-author");
    assertThat(CliRun.of("ids", dir.toString(), "--numbering", "per-decade").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("ids", dir.toString(), "--adopt", published, "--similarity", "1.5").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("ids", dir.toString(), "--adopt", dir.resolve("missing.yaml").toString()).err())
        .contains("missing.yaml: no such file or directory");
  }
}
