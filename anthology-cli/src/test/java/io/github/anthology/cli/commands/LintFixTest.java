package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintFixTest {
  private static final String RESEARCH = """
      2021:
        - title: Switch Transformers
          first_author: Fedus
          year: 2021
          topics:
            - MoE          # mixture of experts
            - model-architecture
          sota:
            - Route each token to one expert
      """;

  @TempDir Path dir;
  Path research;

  @BeforeEach
  void write() throws IOException {
    research = Files.writeString(dir.resolve("research.yaml"), RESEARCH);
  }

  @Test
  void withoutFixNothingIsWrittenAndNoDiffIsPrinted() {
    CliRun run = CliRun.of("lint", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("naming/format").doesNotContain("+++");
    assertThat(research).hasContent(RESEARCH.strip());
  }

  @Test
  void fixWritesTheRepairKeepingCommentsAndReportsOnlyWhatRemains() throws IOException {
    CliRun run = CliRun.of("lint", "--fix", dir.toString());
    assertThat(Files.readString(research)).isEqualTo(RESEARCH.replace("- MoE ", "- moe "));
    assertThat(run.out()).doesNotContain("naming/format");
    assertThat(run.err()).contains("updated ");
    CliRun again = CliRun.of("lint", "--fix", dir.toString());
    assertThat(again.err()).doesNotContain("updated");
    assertThat(Files.readString(research)).isEqualTo(RESEARCH.replace("- MoE ", "- moe "));
  }

  @Test
  void fixDryRunPrintsTheDiffAndChangesNothing() {
    CliRun run = CliRun.of("lint", "--fix-dry-run", dir.toString());
    assertThat(run.out()).contains("-      - MoE          # mixture of experts\n+      - moe          # mixture of experts\n");
    assertThat(research).hasContent(RESEARCH.strip());
  }
}
