package io.github.anthology.api.internal.plugin;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.internal.Levels;
import io.github.anthology.api.rules.RuleDescription;
import io.github.anthology.render.catalogue.RuleTable;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleMetadata;
import io.github.anthology.rules.engine.RuleDocs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The rules a workspace knows: listed, tabled for people, and each one's documentation page. */
public final class Catalogue {
  private final RuleSet rules;

  /**
   * @param rules the workspace's rules
   */
  public Catalogue(RuleSet rules) {
    this.rules = rules;
  }

  /**
   * @return every rule, built-in first, then plugins in loading order
   */
  public List<RuleDescription> describe() {
    return rules.registry().rules().stream().map(r -> {
      RuleMetadata m = r.metadata();
      return new RuleDescription(m.id(), m.summary(), Levels.of(m.defaultSeverity()), m.fixable(), m.since(),
          m.preset(), m.documentationUrl(), rules.plugin(m.id()));
    }).toList();
  }

  /**
   * @return id, default severity, fix and summary of every rule, sorted by id, as a text table
   */
  public String table() {
    StringBuilder out = new StringBuilder();
    try {
      RuleTable.write(rules.registry().rules(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * @param id a rule id
   * @return the rule's documentation page (Markdown)
   * @throws AnthologyException when no rule has the id (the message suggests one) or it has no page
   */
  public String explain(String id) throws AnthologyException {
    Rule rule = rules.registry().find(id).orElseThrow(() -> AnthologyException.of("unknown rule `" + id + "`"
        + rules.registry().suggest(id).map(s -> "; did you mean `" + s + "`?").orElse("")
        + " (see 'anthology rules')"));
    String where = rules.plugin(id).map(p -> " in plugin " + p).orElse("");
    return RuleDocs.page(rule).orElseThrow(() -> AnthologyException.of(
        "rule `" + id + "` has no documentation page (" + RuleDocs.resource(rule) + where + ")"));
  }
}
