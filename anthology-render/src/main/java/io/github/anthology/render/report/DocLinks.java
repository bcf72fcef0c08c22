package io.github.anthology.render.report;

import io.github.anthology.rules.api.ProjectSite;

/**
 * Where Anthology's own documentation is published: one base address, made from the project's
 * address (the POM's {@code url}, see {@link ProjectSite}). A plugin's rules are not linked here:
 * reports take a rule's address from its metadata ({@link ReportContext#documentationUrl}).
 */
public final class DocLinks {
  /** The project's {@code docs/} folder on the web. */
  public static final String DOCS_BASE = ProjectSite.docs();

  private DocLinks() {}

  /** {@code .../docs/rules/<category>/<name>.md}: the page of a built-in rule. */
  public static String rule(String ruleId) {
    return DOCS_BASE + "rules/" + ruleId + ".md";
  }
}
