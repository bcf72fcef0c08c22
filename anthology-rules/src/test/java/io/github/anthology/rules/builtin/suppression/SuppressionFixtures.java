package io.github.anthology.rules.builtin.suppression;

import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Severity;
import io.github.anthology.rules.suppression.Suppressions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the suppression pass over one YAML text and findings at given lines of it. */
final class SuppressionFixtures {
  private SuppressionFixtures() {}

  static Finding at(String rule, int line) {
    return Finding.builder().ruleId(rule).severity(Severity.ERROR).message("bad")
        .span(new SourceSpan("r.yaml", line, 3, line, 6, 0, 3)).build();
  }

  static List<String> run(String yaml, Finding... findings) {
    return Suppressions.apply(List.of(findings), Map.of("r.yaml", yaml), (rule, file) -> Optional.of(Severity.WARNING))
        .stream().map(f -> f.span().line() + " " + f.ruleId() + (f.ruleId().startsWith("suppression/")
            ? " " + f.message() : "")).toList();
  }
}
