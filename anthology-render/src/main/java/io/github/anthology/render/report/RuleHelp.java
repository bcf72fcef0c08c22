package io.github.anthology.render.report;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's help for code-scanning services, from its documentation page: the full description is
 * the page's first paragraph under "Rationale" (or "Why"), the help the whole page (Markdown, which reads as
 * text too) with its relative links made absolute, since the page is shown away from the docs.
 * A rule without a page is described by its summary and a link to where it is documented, if it
 * says; a page's relative links are resolved against that address, and left as they are without one.
 */
record RuleHelp(String fullDescription, String text, String markdown) {
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern RATIONALE = Pattern.compile("(?i)##\\s+(rationale|why)");
  private static final Pattern LINK_WITH_TEXT = Pattern.compile("\\[([^\\]]*)\\]\\([^)\\s]+\\)");
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  static RuleHelp of(String summary, Optional<String> page, Optional<String> url) {
    if (page.isEmpty()) {
      return url.map(link -> new RuleHelp(summary, summary + "\n\nDocumentation: " + link,
          summary + "\n\n[Documentation](" + link + ")")).orElse(new RuleHelp(summary, summary, summary));
    }
    String markdown = url.map(link -> absoluteLinks(page.get().strip(), link)).orElse(page.get().strip());
    return new RuleHelp(rationale(page.get()).map(RuleHelp::linkTexts).orElse(summary), markdown, markdown);
  }

  /** The first paragraph after a "## Rationale" (or "## Why") heading, lines joined. */
  static Optional<String> rationale(String page) {
    String[] lines = page.split("\r?\n", -1);
    int i = 0;
    while (i < lines.length && !RATIONALE.matcher(lines[i].strip()).matches()) {
      i++;
    }
    i++;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    StringBuilder paragraph = new StringBuilder();
    for (; i < lines.length && !lines[i].isBlank() && !lines[i].startsWith("#"); i++) {
      paragraph.append(paragraph.length() == 0 ? "" : " ").append(lines[i].strip());
    }
    return paragraph.length() == 0 ? Optional.empty() : Optional.of(paragraph.toString());
  }

  /** Markdown links reduced to their text, for plain-text fields: {@code [the conventions](x.md)} becomes {@code the conventions}. */
  static String linkTexts(String markdown) {
    return LINK_WITH_TEXT.matcher(markdown).replaceAll("$1");
  }

  /** Markdown link targets that are relative ({@code ../conventions.md}, {@code #options}) resolved against the page. */
  static String absoluteLinks(String markdown, String pageUri) {
    URI base = URI.create(pageUri);
    Matcher m = LINK.matcher(markdown);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String target = m.group(1);
      String resolved = SCHEME.matcher(target).find() ? target : resolve(base, target);
      m.appendReplacement(out, Matcher.quoteReplacement("](" + resolved + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String resolve(URI base, String target) {
    try {
      return base.resolve(target).toString();
    } catch (IllegalArgumentException notAUri) {
      return target;
    }
  }
}
