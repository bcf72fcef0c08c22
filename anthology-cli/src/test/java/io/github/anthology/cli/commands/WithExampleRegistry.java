package io.github.anthology.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests that rewrite a fresh copy of the bundled example registry in their own directory. */
abstract class WithExampleRegistry {
  @TempDir Path dir;
  Path research;
  Path taxonomy;

  @BeforeEach
  void copyTheExample() throws IOException {
    research = Files.copy(Path.of("../examples/sota/research.yaml"), dir.resolve("research.yaml"));
    taxonomy = Files.copy(Path.of("../examples/sota/taxonomy.yaml"), dir.resolve("taxonomy.yaml"));
  }
}
