package io.github.anthology.rules.api;

import java.util.List;

/**
 * A check over a registry. Implementations are small, stateless, thread-safe classes annotated
 * with {@link RuleInfo}; they report through the context and return nothing. The rules of a run
 * check side by side on several threads, so a rule must not share mutable state with another
 * (the {@link RegistryIndex} they share is thread-safe). Third-party rules are found through
 * {@link java.util.ServiceLoader}.
 */
public interface Rule {
  void check(RuleContext ctx);

  /** The typed options this rule accepts from configuration. */
  default List<Option<?>> options() {
    return List.of();
  }

  default RuleMetadata metadata() {
    return RuleMetadata.of(this);
  }
}
