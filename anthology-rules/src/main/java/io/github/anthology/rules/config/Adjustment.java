package io.github.anthology.rules.config;

import io.github.anthology.rules.api.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one configuration entry changes about a rule: maybe its severity (a present empty value is
 * {@code off}), and some options. Applied in order: file, then each matching override.
 */
record Adjustment(Optional<Optional<Severity>> severity, Map<String, Object> options) {
  Adjustment {
    options = Map.copyOf(options);
  }

  RuleState apply(RuleState state) {
    Map<String, Object> merged = new HashMap<>(state.options());
    merged.putAll(options);
    return new RuleState(severity.orElse(state.severity()), merged);
  }
}
