package io.github.anthology.rules.api;

import java.util.List;

/**
 * A check over a registry. Implementations are small, stateless, thread-safe classes annotated
 * with {@link RuleInfo}; they report through the context and return nothing. Third-party rules
 * are found through {@link java.util.ServiceLoader}.
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
