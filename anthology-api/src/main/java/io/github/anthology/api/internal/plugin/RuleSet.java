package io.github.anthology.api.internal.plugin;

import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.engine.RuleRegistry;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a workspace: the built-in ones, any on the class path, and those of its plugin
 * jars, with the plugin each non-built-in rule came from.
 */
public final class RuleSet {
  private final RuleRegistry registry;
  private final Map<String, String> pluginOf;

  RuleSet(RuleRegistry registry, Map<String, String> pluginOf) {
    this.registry = registry;
    this.pluginOf = Map.copyOf(pluginOf);
  }

  /**
   * Every rule, built-in first.
   *
   * @return the registry
   */
  public RuleRegistry registry() {
    return registry;
  }

  /**
   * The plugin a rule came from.
   *
   * @param ruleId the rule
   * @return the plugin's name (its jar), or empty for a built-in rule
   */
  public Optional<String> plugin(String ruleId) {
    return Optional.ofNullable(pluginOf.get(ruleId));
  }

  /**
   * The plugin a rule came from.
   *
   * @param rule the rule
   * @return the plugin's name, or empty for a built-in rule
   */
  public Optional<String> plugin(Rule rule) {
    return plugin(rule.metadata().id());
  }
}
