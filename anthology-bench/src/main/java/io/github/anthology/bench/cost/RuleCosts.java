package io.github.anthology.bench.cost;

import io.github.anthology.io.RegistryLoader;
import io.github.anthology.model.Anthology;
import io.github.anthology.rules.api.RegistryIndex;
import io.github.anthology.rules.config.Preset;
import io.github.anthology.rules.engine.ConfiguredRule;
import io.github.anthology.rules.engine.Linter;
import io.github.anthology.rules.engine.RuleRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The CPU seconds each rule of the recommended preset costs alone over a registry directory (each
 * run with a fresh registry index, as a lint builds one, so a rule is charged for the index parts
 * it asks for), the CPU seconds of reading, and of the whole lint on every core (the process's CPU
 * time, garbage collection included). Thread CPU time rather than wall time: on a shared machine
 * it is the steadier figure. Medians of {@code --runs} runs after one warm-up.
 *
 * <p>Usage: {@code java -Xmx4g -cp anthology-bench/target/benchmarks.jar
 * io.github.anthology.bench.cost.RuleCosts [--runs N] [--whole-only] DIR}
 */
public final class RuleCosts {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** The parts of the registry index that several rules share, each charged to every rule that asks for it. */
  private static final Map<String, Function<RegistryIndex, Object>> INDEX_PARTS = Map.of(
      "topicUses", RegistryIndex::topicUses,
      "recommendationsById", RegistryIndex::recommendationsById,
      "papersByArxivId", RegistryIndex::papersByArxivId,
      "texts", RegistryIndex::texts,
      "topicTags", RegistryIndex::topicTags);

  private RuleCosts() {}

  public static void main(String[] args) throws Exception {
    int runs = 3;
    boolean wholeOnly = false;
    Path dir = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--whole-only")) {
        wholeOnly = true;
      } else if (args[i].equals("--runs")) {
        runs = Integer.parseInt(args[++i]);
      } else {
        dir = Path.of(args[i]);
      }
    }
    if (dir == null) {
      System.err.println("usage: RuleCosts [--runs N] [--whole-only] DIR");
      System.exit(2);
    }
    Path research = dir.resolve("research.yaml");
    List<Path> inputs = List.of(dir.resolve("taxonomy.yaml"), Files.exists(research) ? research : dir.resolve("registry.jsonl"));
    long start = THREADS.getCurrentThreadCpuTime();
    long process = processCpu();
    Anthology anthology = RegistryLoader.load(inputs).anthology();
    System.out.printf(Locale.ROOT, "%-40s %8.3f s (this thread) %8.3f s (process)%n", "reading",
        seconds(THREADS.getCurrentThreadCpuTime() - start), seconds(processCpu() - process));
    List<ConfiguredRule> rules = RuleRegistry.load().rules().stream()
        .filter(r -> Preset.RECOMMENDED.includes(r.metadata())).map(ConfiguredRule::withDefaults).toList();
    List<String> rows = new ArrayList<>();
    double sum = 0;
    for (ConfiguredRule rule : wholeOnly ? List.<ConfiguredRule>of() : rules) {
      Linter alone = new Linter(List.of(rule));
      double median = median(runs, () -> alone.lint(anthology), false);
      sum += median;
      rows.add(String.format(Locale.ROOT, "%8.3f  %s", median, rule.id()));
    }
    for (Map.Entry<String, Function<RegistryIndex, Object>> part : wholeOnly ? Map.<String, Function<RegistryIndex, Object>>of().entrySet() : INDEX_PARTS.entrySet()) {
      double median = median(runs, () -> part.getValue().apply(new RegistryIndex(anthology)), false);
      rows.add(String.format(Locale.ROOT, "%8.3f  (index part, shared) %s", median, part.getKey()));
    }
    rows.sort((a, b) -> b.compareTo(a));
    rows.forEach(System.out::println);
    System.out.printf(Locale.ROOT, "%8.3f  sum of the rules alone%n", sum);
    Linter all = new Linter(rules);
    System.out.printf(Locale.ROOT, "%8.3f  whole lint, process CPU (all threads, GC included)%n",
        median(runs, () -> all.lint(anthology), true));
  }

  private static double median(int runs, Runnable work, boolean wholeProcess) {
    work.run();
    double[] costs = new double[runs];
    for (int r = 0; r < runs; r++) {
      long before = wholeProcess ? processCpu() : THREADS.getCurrentThreadCpuTime();
      work.run();
      costs[r] = seconds((wholeProcess ? processCpu() : THREADS.getCurrentThreadCpuTime()) - before);
    }
    Arrays.sort(costs);
    return costs[runs / 2];
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
