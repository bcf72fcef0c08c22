package io.github.anthology.rules.config;

import io.github.anthology.rules.api.Severity;
import java.util.Map;
import java.util.Optional;

/** A rule's effective setting for some files: its severity (empty when off) and its options by name. */
record RuleState(Optional<Severity> severity, Map<String, Object> options) {
  RuleState {
    options = Map.copyOf(options);
  }
}
