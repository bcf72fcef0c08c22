package io.github.anthology.bench.jmh;

import io.github.anthology.model.Anthology;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.engine.ConfiguredRule;
import io.github.anthology.rules.engine.Linter;
import io.github.anthology.rules.engine.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Each rule family alone, and the whole default lint, over an already-read registry. A family is
 * a rule id prefix ({@code naming/}) or one rule id; every run builds its own registry index, as a
 * lint does. Run other families with {@code -p family=<prefix>}; read a workload generated before
 * with {@code -p dir=anthology-bench/target/workloads/1m-jsonl} (then {@code recommendations} is
 * ignored).
 */
public class RuleBenchmark extends WorkloadBenchmark {
  @Param({"100000"})
  int recommendations;

  @Param({"all", "naming/", "taxonomy/overlap-merge", "taxonomy/unknown-topic", "taxonomy/single-primary-topic"})
  String family;

  @Param({""})
  String dir;

  private Anthology anthology;
  private Linter linter;

  @Setup
  public void prepare() throws Exception {
    workload = dir.isEmpty() ? Workload.create(recommendations) : Workload.existing(Path.of(dir));
    anthology = workload.read();
    List<ConfiguredRule> rules = RuleRegistry.load().rules().stream()
        .filter(r -> family.equals("all") || r.metadata().id().startsWith(family))
        .map(ConfiguredRule::withDefaults).toList();
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("no rule id starts with " + family);
    }
    linter = new Linter(rules);
  }

  @Benchmark
  public List<Finding> lint() {
    return linter.lint(anthology);
  }
}
