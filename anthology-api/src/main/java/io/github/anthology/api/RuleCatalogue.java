package io.github.anthology.api;

import io.github.anthology.api.internal.plugin.Catalogue;
import io.github.anthology.api.rules.RuleDescription;
import java.util.List;

/**
 * The rules of a workspace, built-in and from plugins, with their documentation; get it from
 * {@link Workspace#rules()}.
 */
public final class RuleCatalogue {
  private final Catalogue catalogue;

  RuleCatalogue(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * Every rule.
   *
   * @return the rules, built-in first, then plugins' in loading order
   */
  public List<RuleDescription> list() {
    return catalogue.describe();
  }

  /**
   * The rules as a text table: id, default severity, whether it fixes, summary; sorted by id.
   *
   * @return the table
   */
  public String table() {
    return catalogue.table();
  }

  /**
   * A rule's documentation page: summary, rationale, options, a bad and a good example. A
   * plugin's page is read from its jar, at {@code docs/rules/<category>/<name>.md}.
   *
   * @param ruleId the rule, {@code category/name}
   * @return the page, as Markdown
   * @throws AnthologyException when no rule has the id (the message suggests the likely one) or it has no page
   */
  public String explain(String ruleId) throws AnthologyException {
    return catalogue.explain(ruleId);
  }
}
