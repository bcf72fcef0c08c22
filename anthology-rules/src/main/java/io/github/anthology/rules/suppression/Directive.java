package io.github.anthology.rules.suppression;

import io.github.anthology.model.source.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * One suppression comment: {@code # anthology-disable-next-line RULE[, RULE] -- reason} silences
 * those rules on the next line, {@code # anthology-disable-file RULE -- reason} in the whole file.
 *
 * @param span where the comment is (from its {@code #} to the end of the line)
 * @param reason the text after {@code --}, empty when none is given
 */
public record Directive(Scope scope, List<String> rules, Optional<String> reason, SourceSpan span) {
  /** What a directive covers. */
  public enum Scope {
    NEXT_LINE("anthology-disable-next-line"),
    FILE("anthology-disable-file");

    private final String keyword;

    Scope(String keyword) {
      this.keyword = keyword;
    }

    public String keyword() {
      return keyword;
    }
  }

  public Directive {
    rules = List.copyOf(rules);
  }

  /** Whether the directive covers a finding of the rule at a 1-based line (0: no line) of its file. */
  public boolean covers(String ruleId, int line) {
    return rules.contains(ruleId) && (scope == Scope.FILE || (line > 0 && line == span.line() + 1));
  }
}
