package io.github.anthology.api.internal.lint;

import io.github.anthology.api.internal.plugin.RuleSet;
import io.github.anthology.api.lint.RuleError;
import io.github.anthology.rules.engine.RuleFailure;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Collects the rules that threw during a run (on the rules' own threads): one entry a rule, the
 * first failure kept, in rule id order, each naming the plugin it came from.
 */
final class RuleErrors {
  private final RuleSet rules;
  private final Map<String, RuleError> byRule = new ConcurrentSkipListMap<>();

  RuleErrors(RuleSet rules) {
    this.rules = rules;
  }

  void add(RuleFailure failure) {
    byRule.putIfAbsent(failure.ruleId(), new RuleError(failure.ruleId(), rules.plugin(failure.ruleId()),
        failure.problem()));
  }

  List<RuleError> all() {
    return List.copyOf(byRule.values());
  }
}
