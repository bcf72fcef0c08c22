package io.github.anthology.render.report;

/** Where a rule's documentation page is published: one base address for every report. */
public final class DocLinks {
  /** The project's {@code docs/} folder on the web. */
  public static final String DOCS_BASE = "https://github.com/anthology/anthology/blob/main/docs/";

  private DocLinks() {}

  /** {@code .../docs/rules/<category>/<name>.md}: the page every rule id has. */
  public static String rule(String ruleId) {
    return DOCS_BASE + "rules/" + ruleId + ".md";
  }
}
