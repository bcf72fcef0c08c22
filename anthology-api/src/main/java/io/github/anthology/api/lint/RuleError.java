package io.github.anthology.api.lint;

import java.util.Optional;

/**
 * A rule that threw instead of finishing. The run went on without it: the other rules' findings
 * are all there, this rule's may be incomplete.
 *
 * @param ruleId the rule
 * @param plugin the plugin jar the rule came from, or empty for a built-in rule (then it is a bug in Anthology)
 * @param problem what it threw, in one line (class and message)
 */
public record RuleError(String ruleId, Optional<String> plugin, String problem) {
  /**
   * One line for people: which rule of which plugin, and what went wrong.
   *
   * @return the message
   */
  public String message() {
    return "rule `" + ruleId + "`" + plugin.map(p -> " of plugin " + p).orElse(" (built in)") + " failed: " + problem
        + "; its findings may be incomplete, the other rules' are all reported";
  }
}
