package io.github.anthology.api.internal.lint;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.internal.plugin.RuleSet;
import io.github.anthology.api.lint.Formatter;
import io.github.anthology.api.lint.LintResult;
import io.github.anthology.render.report.ReportContext;
import io.github.anthology.render.report.ReportFormat;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A report format by name, with the workspace's rules (plugins included) for rule tables and links. */
public final class ReportFormatter implements Formatter {
  private final ReportFormat format;
  private final ReportContext context;

  private ReportFormatter(ReportFormat format, ReportContext context) {
    this.format = format;
    this.context = context;
  }

  /**
   * The names of the formats, in the order help lists them.
   *
   * @return e.g. text, json, sarif
   */
  public static List<String> names() {
    return Arrays.stream(ReportFormat.values()).map(ReportFormat::label).toList();
  }

  /**
   * Checks a format name.
   *
   * @param name the name
   * @return the format
   * @throws AnthologyException when no format has that name; the message lists the names
   */
  public static ReportFormat named(String name) throws AnthologyException {
    for (ReportFormat f : ReportFormat.values()) {
      if (f.label().equals(name)) {
        return f;
      }
    }
    throw AnthologyException.of("unknown format `" + name + "`; use one of " + String.join(", ", names()));
  }

  /**
   * @param format the format
   * @param rules the workspace's rules
   * @param colour whether the text format may use ANSI colour
   * @return the formatter
   */
  public static Formatter of(ReportFormat format, RuleSet rules, boolean colour) {
    return new ReportFormatter(format, ReportContext.of(rules.registry(), colour));
  }

  @Override
  public String name() {
    return format.label();
  }

  @Override
  public void format(LintResult result, Appendable out) throws IOException {
    format.create(context).write(Findings.toEngine(result.findings()), out);
  }
}
