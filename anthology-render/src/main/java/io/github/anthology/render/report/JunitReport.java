package io.github.anthology.render.report;

import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML, as CI servers read test results: a test suite per file of the run, and in it a test
 * case per rule checked on that file. A rule with findings at or above the run's failing severity
 * ({@code --fail-on}) fails with one {@code <failure>} listing them; findings below it leave the
 * test passing and are listed in its {@code <system-out>}, so the report fails exactly when the
 * findings fail the run. A clean run is a suite of passing test cases.
 */
public final class JunitReport implements Report {
  private final ReportContext context;

  public JunitReport(ReportContext context) {
    this.context = context;
  }

  @Override
  public void write(List<Finding> findings, Appendable out) throws IOException {
    Map<String, Map<String, List<Finding>>> suites = suites(findings);
    int tests = 0;
    int failures = 0;
    for (Map<String, List<Finding>> suite : suites.values()) {
      tests += suite.size();
      failures += (int) suite.values().stream().filter(this::fails).count();
    }
    int totalTests = tests;
    int totalFailures = failures;
    Xml.write(out, xml -> {
      xml.start("testsuites").attribute("name", "anthology lint")
          .attribute("tests", Integer.toString(totalTests)).attribute("failures", Integer.toString(totalFailures))
          .attribute("errors", "0");
      for (Map.Entry<String, Map<String, List<Finding>>> suite : suites.entrySet()) {
        suite(xml, suite.getKey(), suite.getValue());
      }
      xml.end();
    });
  }

  /** File, then rule id, then that rule's findings in the file (empty for a passing check). */
  private Map<String, Map<String, List<Finding>>> suites(List<Finding> findings) {
    Map<String, Map<String, List<Finding>>> suites = new LinkedHashMap<>();
    List<String> files = new ArrayList<>(context.inputs());
    findings.forEach(f -> files.add(f.span().file()));
    if (files.isEmpty()) {
      files.add("anthology");
    }
    for (String file : files) {
      suites.computeIfAbsent(file, k -> {
        Map<String, List<Finding>> byRule = new TreeMap<>();
        context.checked(k).forEach(rule -> byRule.put(rule, new ArrayList<>()));
        return byRule;
      });
    }
    findings.forEach(f -> suites.get(f.span().file()).computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
    return suites;
  }

  private boolean fails(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(context.failOn()));
  }

  private void suite(Xml xml, String file, Map<String, List<Finding>> byRule) throws IOException {
    long failing = byRule.values().stream().filter(this::fails).count();
    xml.start("testsuite").attribute("name", file).attribute("tests", Integer.toString(byRule.size()))
        .attribute("failures", Long.toString(failing)).attribute("errors", "0").attribute("skipped", "0");
    for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
      xml.start("testcase").attribute("classname", file).attribute("name", rule.getKey());
      List<Finding> failures = rule.getValue().stream().filter(f -> f.severity().atLeast(context.failOn())).toList();
      List<Finding> others = rule.getValue().stream().filter(f -> !f.severity().atLeast(context.failOn())).toList();
      if (!failures.isEmpty()) {
        Finding first = failures.get(0);
        String message = failures.size() == 1 ? first.message()
            : failures.size() + " findings; the first: " + first.message();
        xml.start("failure").attribute("message", message).attribute("type", worst(failures).label())
            .text(lines(failures) + context.documentationUrl(rule.getKey()).orElse("")).end();
      }
      if (!others.isEmpty()) {
        xml.start("system-out").text(lines(others)).end();
      }
      xml.end();
    }
    xml.end();
  }

  private static Severity worst(List<Finding> findings) {
    return findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
  }

  private static String lines(List<Finding> findings) {
    StringBuilder b = new StringBuilder();
    for (Finding f : findings) {
      b.append(f.span().location()).append(": ").append(f.severity().label()).append(' ').append(f.ruleId())
          .append(' ').append(f.message()).append('\n');
    }
    return b.toString();
  }
}
