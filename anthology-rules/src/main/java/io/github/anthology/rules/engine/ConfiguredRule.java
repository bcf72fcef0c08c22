package io.github.anthology.rules.engine;

import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.Severity;
import java.util.Map;

/** A rule as a run uses it: its effective severity and its option values by name. */
public record ConfiguredRule(Rule rule, Severity severity, Map<String, Object> options) {
  public ConfiguredRule {
    options = Map.copyOf(options);
  }

  /** The rule with its default severity and default options. */
  public static ConfiguredRule withDefaults(Rule rule) {
    return new ConfiguredRule(rule, rule.metadata().defaultSeverity(), Map.of());
  }

  public String id() {
    return rule.metadata().id();
  }

  @SuppressWarnings("unchecked")
  <T> T option(Option<T> option) {
    Object value = options.get(option.name());
    return value == null ? option.defaultValue() : (T) value;
  }
}
