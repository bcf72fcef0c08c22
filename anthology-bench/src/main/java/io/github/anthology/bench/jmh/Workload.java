package io.github.anthology.bench.jmh;

import io.github.anthology.bench.generate.GeneratorSettings;
import io.github.anthology.bench.generate.RegistryGenerator;
import io.github.anthology.bench.generate.SyntheticRegistry;
import io.github.anthology.bench.generate.WorkloadFiles;
import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.model.Anthology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A generated registry written to a temporary directory, and what reading it gives. */
final class Workload {
  final Path dir;
  final Path research;
  final Path taxonomy;
  final Path jsonl;
  private final boolean generated;

  private Workload(Path dir, boolean generated) {
    this.dir = dir;
    this.generated = generated;
    this.research = dir.resolve("research.yaml");
    this.taxonomy = dir.resolve("taxonomy.yaml");
    this.jsonl = dir.resolve("registry.jsonl");
  }

  /** Generates {@code recommendations} (seed 42) into a fresh temporary directory. */
  static Workload create(int recommendations) throws IOException {
    SyntheticRegistry registry = RegistryGenerator.generate(GeneratorSettings.of(recommendations));
    Workload w = new Workload(Files.createTempDirectory("anthology-bench"), true);
    WorkloadFiles.writeYaml(registry, w.dir);
    WorkloadFiles.writeJsonl(registry, w.dir);
    return w;
  }

  /**
   * A workload generated before (anthology-bench/target/workloads/1m-jsonl): large ones take
   * minutes to generate and are read as they are; it is never deleted.
   */
  static Workload existing(Path dir) {
    return new Workload(dir, false);
  }

  /** The research.yaml and taxonomy.yaml read as lint reads them. */
  Anthology readYaml() throws ReadException {
    LoadedRegistry loaded = RegistryLoader.load(List.of(taxonomy, research));
    return loaded.anthology();
  }

  /** The taxonomy.yaml and the research.yaml, or the registry.jsonl where there is none. */
  Anthology read() throws ReadException {
    return RegistryLoader.load(List.of(taxonomy, Files.exists(research) ? research : jsonl)).anthology();
  }

  void delete() throws IOException {
    if (!generated) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
