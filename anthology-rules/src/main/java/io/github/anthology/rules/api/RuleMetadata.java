package io.github.anthology.rules.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule's metadata, read from its {@link RuleInfo} plus its option descriptors.
 *
 * @param documentationUrl where the rule's page is published: the one the rule declares, else for a
 *     built-in rule its page under {@link ProjectSite#docs()}, else none
 */
public record RuleMetadata(
    String id,
    String category,
    String summary,
    Severity defaultSeverity,
    String since,
    boolean fixable,
    String preset,
    List<Option<?>> options,
    Optional<String> documentationUrl) {

  /** The package every built-in rule lives under; only its rules link to the project's own pages. */
  private static final String BUILTIN_PACKAGE = "io.github.anthology.rules.builtin.";

  /** Metadata without a documentation address: the form before rules could declare one. */
  public RuleMetadata(String id, String category, String summary, Severity defaultSeverity, String since,
      boolean fixable, String preset, List<Option<?>> options) {
    this(id, category, summary, defaultSeverity, since, fixable, preset, options, Optional.empty());
  }

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
        List.copyOf(rule.options()),
        documentationUrl(rule, info));
  }

  private static Optional<String> documentationUrl(Rule rule, RuleInfo info) {
    if (!info.documentationUrl().isBlank()) {
      return Optional.of(info.documentationUrl().strip());
    }
    boolean builtin = rule.getClass().getName().startsWith(BUILTIN_PACKAGE)
        && rule.getClass().getClassLoader() == RuleMetadata.class.getClassLoader();
    return builtin ? Optional.of(ProjectSite.docs() + "rules/" + info.id() + ".md") : Optional.empty();
  }
}
