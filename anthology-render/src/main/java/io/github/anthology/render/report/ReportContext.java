package io.github.anthology.render.report;

import io.github.anthology.rules.api.RuleMetadata;
import io.github.anthology.rules.engine.RuleRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a report may need besides the findings: the metadata of the rules that ran (for SARIF's
 * rule table and documentation links) and whether to colour text.
 */
public record ReportContext(Map<String, RuleMetadata> rules, boolean colour) {
  public ReportContext {
    rules = Map.copyOf(rules);
  }

  /** Every rule on the class path, no colour. */
  public static ReportContext defaults() {
    return of(RuleRegistry.load(), false);
  }

  public static ReportContext of(RuleRegistry registry, boolean colour) {
    Map<String, RuleMetadata> byId = new TreeMap<>();
    registry.rules().forEach(r -> byId.put(r.metadata().id(), r.metadata()));
    return new ReportContext(byId, colour);
  }

  public Optional<RuleMetadata> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * Where a rule's documentation is published: the address its metadata gives (a built-in rule's
   * page on the project's site, or the one a plugin declares); empty for a rule that declares none.
   */
  public Optional<String> documentationUrl(String ruleId) {
    return rule(ruleId).flatMap(RuleMetadata::documentationUrl);
  }
}
