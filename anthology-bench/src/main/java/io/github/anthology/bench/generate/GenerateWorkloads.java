package io.github.anthology.bench.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the benchmark workloads: for each size, {@code <size>-yaml/} (research.yaml and
 * taxonomy.yaml) and {@code <size>-jsonl/} (registry.jsonl and the same taxonomy.yaml).
 *
 * <pre>java -cp benchmarks.jar io.github.anthology.bench.generate.GenerateWorkloads
 *     [--out DIR] [--seed N] [--only yaml|jsonl|reference] SIZE...   (SIZE: 10k, 100k, 1m or a number)</pre>
 */
public final class GenerateWorkloads {
  private GenerateWorkloads() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of("anthology-bench/target/workloads");
    long seed = 42;
    String only = "";
    List<String> sizes = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--only" -> only = args[++i];
        default -> sizes.add(args[i]);
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of("10k", "100k", "1m");
    }
    for (String size : sizes) {
      int n = parseSize(size);
      SyntheticRegistry registry = RegistryGenerator.generate(GeneratorSettings.of(n).withSeed(seed));
      String name = size.toLowerCase(Locale.ROOT);
      if (only.equals("reference")) {
        WorkloadFiles.writeReference(registry, out.resolve(name + "-reference"));
      }
      if (!only.equals("jsonl") && !only.equals("reference")) {
        WorkloadFiles.writeYaml(registry, out.resolve(name + "-yaml"));
      }
      if (!only.equals("yaml") && !only.equals("reference")) {
        WorkloadFiles.writeJsonl(registry, out.resolve(name + "-jsonl"));
      }
      System.out.printf(Locale.ROOT, "%s: %d papers, %d recommendations, %d topics -> %s%n", name,
          registry.papers().size(), registry.recommendationCount(), registry.topics().size(), out);
    }
  }

  /** {@code 10k} is 10,000, {@code 1m} is 1,000,000; a plain number is itself. */
  static int parseSize(String size) {
    String s = size.toLowerCase(Locale.ROOT);
    if (s.endsWith("k")) {
      return Integer.parseInt(s.substring(0, s.length() - 1)) * 1_000;
    }
    if (s.endsWith("m")) {
      return Integer.parseInt(s.substring(0, s.length() - 1)) * 1_000_000;
    }
    return Integer.parseInt(s);
  }
}
