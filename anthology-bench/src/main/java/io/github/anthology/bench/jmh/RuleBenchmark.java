package io.github.anthology.bench.jmh;

import io.github.anthology.model.Anthology;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.engine.ConfiguredRule;
import io.github.anthology.rules.engine.Linter;
import io.github.anthology.rules.engine.RuleRegistry;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Each rule family alone, and the whole default lint, over an already-read registry. A family is
 * a rule id prefix ({@code naming/}) or one rule id; every run builds its own registry index, as a
 * lint does. Run other families with {@code -p family=<prefix>}.
 */
public class RuleBenchmark extends WorkloadBenchmark {
  @Param({"100000"})
  int recommendations;

  @Param({"all", "naming/", "taxonomy/overlap-merge", "taxonomy/unknown-topic", "taxonomy/single-primary-topic"})
  String family;

  private Anthology anthology;
  private Linter linter;

  @Setup
  public void prepare() throws Exception {
    workload = Workload.create(recommendations);
    anthology = workload.readYaml();
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
