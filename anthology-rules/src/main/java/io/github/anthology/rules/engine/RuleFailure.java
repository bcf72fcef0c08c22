package io.github.anthology.rules.engine;

import io.github.anthology.rules.api.Rule;

/**
 * A rule that threw instead of reporting: which rule, and what it threw. The run goes on without
 * it, so the other rules' findings are kept; what the rule reported before it threw is kept too.
 */
public record RuleFailure(String ruleId, Rule rule, Throwable error) {
  /** What went wrong, in one line: the exception's class and message, never a stack trace. */
  public String problem() {
    String message = error.getMessage();
    return error.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
  }
}
