package io.github.anthology.bench.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a generated registry into a directory under the conventional file names. */
public final class WorkloadFiles {
  private WorkloadFiles() {}

  /** {@code research.yaml} and {@code taxonomy.yaml}. */
  public static void writeYaml(SyntheticRegistry registry, Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir.resolve("research.yaml"), w -> ResearchYamlWriter.write(registry, w));
    write(dir.resolve("taxonomy.yaml"), w -> TaxonomyYamlWriter.write(registry, w));
  }

  /** {@code research.yaml} with plain text items, as the reference Python builder reads it, and {@code taxonomy.yaml}. */
  public static void writeReference(SyntheticRegistry registry, Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir.resolve("research.yaml"), w -> ResearchYamlWriter.writePlain(registry, w));
    write(dir.resolve("taxonomy.yaml"), w -> TaxonomyYamlWriter.write(registry, w));
  }

  /** {@code registry.jsonl} and {@code taxonomy.yaml}. */
  public static void writeJsonl(SyntheticRegistry registry, Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir.resolve("registry.jsonl"), w -> RegistryJsonlWriter.write(registry, w));
    write(dir.resolve("taxonomy.yaml"), w -> TaxonomyYamlWriter.write(registry, w));
  }

  private interface Body {
    void write(Writer w) throws IOException;
  }

  private static void write(Path file, Body body) throws IOException {
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      body.write(w);
    }
  }
}
