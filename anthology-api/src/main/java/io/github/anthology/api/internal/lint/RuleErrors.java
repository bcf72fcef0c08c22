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
public final class RuleErrors {
  private final RuleSet rules;
  private final Map<String, RuleError> byRule = new ConcurrentSkipListMap<>();

  /**
   * @param rules the rules of the run, which name each rule's plugin
   */
  public RuleErrors(RuleSet rules) {
    this.rules = rules;
  }

  /**
   * @param failure a rule that threw; only the first failure of each rule is kept
   */
  public void add(RuleFailure failure) {
    byRule.putIfAbsent(failure.ruleId(), new RuleError(failure.ruleId(), rules.plugin(failure.ruleId()),
        failure.problem()));
  }

  /**
   * @return one error a rule that threw, in rule id order
   */
  public List<RuleError> all() {
    return List.copyOf(byRule.values());
  }
}
