package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TopicCommandTest extends WithExampleRegistry {
  @Test
  void mergeWithWriteMovesEveryRecommendationAndRecordsTheDeprecation() throws IOException {
    CliRun run = CliRun.of("topic", "merge", "model-stability", "--into", "training-optimization",
        "--date", "2026-11-22", "-r", dir.toString(), "--write");
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(taxonomy)).contains(
        "  - name: model-stability\n    status: deprecated\n"
            + "    deprecated: {reason: merged into training-optimization, date: 2026-11-22, replaced_by: training-optimization}\n");
    assertThat(Files.readString(research)).doesNotContain("- model-stability");
    assertThat(Files.readString(taxonomy)).startsWith("# The seven consolidated topics");
  }

  @Test
  void deprecatePrintsADiffAndChangesNothingWithoutWrite() throws IOException {
    String before = Files.readString(taxonomy);
    CliRun run = CliRun.of("topic", "deprecate", "data-pipeline", "--reason", "no longer used",
        "--replaced-by", "systems-optimization", "--date", "2026-11-22", "-r", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("+    status: deprecated\n")
        .contains("+    previously: [hardware-optimization, compilation, systems, data-pipeline, data-loading, data-quality]\n");
    assertThat(taxonomy).hasContent(before.stripTrailing());
  }

  @Test
  void renameOfAnUnknownTopicIsBadUsageAndExitsTwo() {
    CliRun run = CliRun.of("topic", "rename", "nothing-here", "something", "-r", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("taxonomy.yaml: no topic `nothing-here`");
  }

  @Test
  void aBadDateIsAUsageError() {
    CliRun run = CliRun.of("topic", "deprecate", "data-pipeline", "--reason", "x", "--date", "yesterday", "-r", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void splitAppendsTheNewTopicsAfterTheLastOne() throws IOException {
    CliRun run = CliRun.of("topic", "split", "data-pipeline", "--into", "data-loading-pipeline", "data-quality-pipeline",
        "--date", "2026-11-22", "-r", dir.toString(), "--write");
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(taxonomy)).endsWith("""
        
          - name: data-loading-pipeline
            kind: component
            summary: Split from data-pipeline on 2026-11-22
            previously: [data-pipeline, data-loading, data-quality]
        
          - name: data-quality-pipeline
            kind: component
            summary: Split from data-pipeline on 2026-11-22
            previously: []
        """);
  }
}
