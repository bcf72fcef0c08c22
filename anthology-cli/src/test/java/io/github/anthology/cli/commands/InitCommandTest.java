package io.github.anthology.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import io.github.anthology.io.RegistryScaffold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  @TempDir Path dir;

  @Test
  void initWritesAConfigAndTheSeedsSevenTopicsThatLintCleanly() throws IOException {
    Path target = dir.resolve("registry");
    CliRun run = CliRun.of("init", target.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(target.resolve("anthology.yaml")).content().contains("extends: recommended\n").contains("  - taxonomy.yaml\n");
    assertThat(Files.readString(target.resolve("taxonomy.yaml")).lines().filter(l -> l.startsWith("  - name: ")))
        .containsExactly("  - name: training-optimization", "  - name: systems-optimization", "  - name: model-stability",
            "  - name: distributed-optimization", "  - name: data-pipeline", "  - name: attention-techniques",
            "  - name: model-architecture");
    assertThat(CliRun.of("lint", target.toString()).exitCode()).isZero();
  }

  @Test
  void initNeverOverwritesAndWritesNothingWhenOneFileExists() throws IOException {
    Files.writeString(dir.resolve("anthology.yaml"), "extends: strict\n");
    CliRun run = CliRun.of("init", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("anthology.yaml: already exists");
    assertThat(dir.resolve("anthology.yaml")).hasContent("extends: strict");
    assertThat(dir.resolve("taxonomy.yaml")).doesNotExist();
  }

  @Test
  void theBundledSeedTaxonomyIsTheExamplesTaxonomy() throws IOException {
    assertThat(RegistryScaffold.seedTaxonomy()).isEqualTo(Files.readString(Path.of("../examples/sota/taxonomy.yaml")));
  }
}
