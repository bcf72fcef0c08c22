package io.github.anthology.rules.builtin;

import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.builtin.list.BareUrlRule;
import io.github.anthology.rules.builtin.list.DuplicateLinkRule;
import io.github.anthology.rules.builtin.list.EmptySectionRule;
import io.github.anthology.rules.builtin.list.LinkTextUrlRule;
import io.github.anthology.rules.builtin.list.MissingAnchorRule;
import io.github.anthology.rules.builtin.naming.ComponentNounRule;
import io.github.anthology.rules.builtin.naming.FormatRule;
import io.github.anthology.rules.builtin.naming.ProcessGerundRule;
import io.github.anthology.rules.builtin.naming.StandardSuffixRule;
import io.github.anthology.rules.builtin.suppression.MissingReasonRule;
import io.github.anthology.rules.builtin.suppression.UnusedSuppressionRule;
import io.github.anthology.rules.builtin.taxonomy.OverlapMergeRule;
import io.github.anthology.rules.builtin.taxonomy.SinglePrimaryTopicRule;
import io.github.anthology.rules.builtin.taxonomy.UnknownTopicRule;
import java.util.List;

/** The built-in rules, in one compiler-checked list. */
public final class BuiltinRules {
  private BuiltinRules() {}

  public static List<Rule> all() {
    return List.of(
        new FormatRule(),
        new ProcessGerundRule(),
        new ComponentNounRule(),
        new StandardSuffixRule(),
        new OverlapMergeRule(),
        new SinglePrimaryTopicRule(),
        new UnknownTopicRule(),
        new MissingReasonRule(),
        new UnusedSuppressionRule(),
        new DuplicateLinkRule(),
        new MissingAnchorRule(),
        new EmptySectionRule(),
        new BareUrlRule(),
        new LinkTextUrlRule());
  }
}
