package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RewriteCommandsTest extends WithExampleRegistry {
  @Test
  void idsPrintsAUnifiedDiffAndChangesNothingWithoutWrite() throws IOException {
    String before = Files.readString(research);
    CliRun run = CliRun.of("ids", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("+++ b/").contains("+      - text: \"Normalise activations")
        .contains("+        id: MLR-2015-Ioffe001-0001");
    assertThat(research).hasContent(before);
  }

  @Test
  void idsWithWriteWritesTheFileAndASecondRunHasNothingToDo() throws IOException {
    CliRun run = CliRun.of("ids", "--write", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("updated ").contains("research.yaml");
    assertThat(Files.readString(research)).contains("id: MLR-2019-Rajbhandari001-0002");
    CliRun again = CliRun.of("ids", dir.toString());
    assertThat(again.out()).isEmpty();
  }

  @Test
  void migrateRetagsByThePreviouslyLists() throws IOException {
    Files.writeString(research, Files.readString(research).replace("- model-stability\n      - training-optimization",
        "- normalization   # old name\n      - optimization"));
    CliRun run = CliRun.of("migrate", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("""
        -      - normalization   # old name
        -      - optimization
        +      - model-stability   # old name
        +      - training-optimization
        """);
    assertThat(CliRun.of("migrate", "--write", dir.toString()).exitCode()).isZero();
    assertThat(CliRun.of("migrate", dir.toString()).out()).isEmpty();
  }

  @Test
  void migrateListsWhatItCannotMapAndExitsOne() throws IOException {
    Files.writeString(research, Files.readString(research).replace("      - model-stability\n    sota:", "      - mystery\n    sota:"));
    CliRun run = CliRun.of("migrate", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("research.yaml:").contains("--map mystery=TOPIC");
    assertThat(CliRun.of("migrate", "--map", "mystery=model-stability", dir.toString()).exitCode()).isZero();
  }

  @Test
  void malformedInputIsOneLocatedErrorAndExitTwo() throws IOException {
    Files.writeString(research, "2014:\n  - title: [unclosed\n");
    CliRun run = CliRun.of("ids", "--write", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("research.yaml:").doesNotContain("Exception");
    assertThat(research).hasContent("2014:\n  - title: [unclosed");
  }
}
