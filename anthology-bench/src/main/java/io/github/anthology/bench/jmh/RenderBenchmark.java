package io.github.anthology.bench.jmh;

import io.github.anthology.render.report.ReportFormat;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.engine.ConfiguredRule;
import io.github.anthology.rules.engine.Linter;
import io.github.anthology.rules.engine.RuleRegistry;
import java.io.IOException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** Rendering: the lint report of a generated registry's findings in each report format. */
public class RenderBenchmark extends WorkloadBenchmark {
  @Param({"100000"})
  int recommendations;

  @Param({"text", "json"})
  String format;

  private List<Finding> findings;
  private ReportFormat report;

  @Setup
  public void prepare() throws Exception {
    workload = Workload.create(recommendations);
    findings = new Linter(RuleRegistry.load().rules().stream().map(ConfiguredRule::withDefaults).toList())
        .lint(workload.readYaml());
    report = ReportFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
  }

  @Benchmark
  public int report() throws IOException {
    StringBuilder out = new StringBuilder();
    report.create().write(findings, out);
    return out.length();
  }
}
