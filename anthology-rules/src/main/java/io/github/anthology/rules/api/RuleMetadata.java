package io.github.anthology.rules.api;

import java.util.List;
import java.util.Objects;

/** A rule's metadata, read from its {@link RuleInfo} plus its option descriptors. */
public record RuleMetadata(
    String id,
    String category,
    String summary,
    Severity defaultSeverity,
    String since,
    boolean fixable,
    String preset,
    List<Option<?>> options) {

  /** The page that documents the rule, relative to the project's {@code docs/} folder. */
  public String docPath() {
    return "rules/" + id + ".md";
  }

  public static RuleMetadata of(Rule rule) {
    RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
    Objects.requireNonNull(info, () -> rule.getClass().getName() + " has no @RuleInfo");
    int slash = info.id().indexOf('/');
    if (slash <= 0 || slash == info.id().length() - 1) {
      throw new IllegalStateException("rule id must be category/name: " + info.id());
    }
    return new RuleMetadata(
        info.id(),
        info.id().substring(0, slash),
        info.summary(),
        info.severity(),
        info.since(),
        info.fixable(),
        info.preset(),
        List.copyOf(rule.options()));
  }
}
