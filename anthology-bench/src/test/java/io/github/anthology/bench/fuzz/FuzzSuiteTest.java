package io.github.anthology.bench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mutation fuzzer over every reader (research.yaml, taxonomy.yaml, anthology.yaml,
 * registry.yaml, registry.json, registry.jsonl, a Markdown reading list) and every rewrite command,
 * with a fixed seed and a bounded count: exit 0, 1 or 2, never a stack trace, never a write on
 * exit 2, never a file left unreadable. {@link FuzzRun#main} runs it longer.
 */
class FuzzSuiteTest {
  private static final long SEED = 20261130L;
  private static final int MUTANTS_PER_FILE = 12;

  @TempDir Path work;

  @Test
  void everyMutantEndsInExitZeroOneOrTwoWithNothingBrokenOrHalfWritten() throws IOException {
    Map<String, byte[]> sources = new HashMap<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/fuzz"))) {
      for (Path p : files.toList()) {
        sources.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    assertThat(sources).containsKeys("research.yaml", "taxonomy.yaml", "anthology.yaml", "registry.yaml",
        "registry.json", "registry.jsonl", "list.md");

    FuzzRun run = new FuzzRun(sources, work).run(SEED, MUTANTS_PER_FILE);

    assertThat(run.runs()).isEqualTo(2 * MUTANTS_PER_FILE * sources.size());
    assertThat(run.violations()).isEmpty();
  }
}
