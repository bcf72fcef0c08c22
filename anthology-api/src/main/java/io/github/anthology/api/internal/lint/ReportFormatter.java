package io.github.anthology.api.internal.lint;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.internal.Levels;
import io.github.anthology.api.internal.Selection;
import io.github.anthology.api.lint.Formatter;
import io.github.anthology.api.lint.LintResult;
import io.github.anthology.render.report.ReportContext;
import io.github.anthology.render.report.ReportFormat;
import io.github.anthology.rules.config.LintPlan;
import io.github.anthology.rules.engine.ConfiguredRule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A report format by name, with the workspace's rules (plugins included) for rule tables, pages and
 * links, and the run a result describes (its files, the rules checked on each, its fail-on level).
 */
public final class ReportFormatter implements Formatter {
  private final ReportFormat format;
  private final ReportContext context;
  private final LintPlan plan;

  private ReportFormatter(ReportFormat format, ReportContext context, LintPlan plan) {
    this.format = format;
    this.context = context;
    this.plan = plan;
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
   * @param selection the workspace's rules and configuration
   * @param workingDirectory what relative file names are relative to
   * @param colour whether the text format may use ANSI colour
   * @return the formatter
   */
  public static Formatter of(ReportFormat format, Selection selection, Path workingDirectory, boolean colour) {
    return new ReportFormatter(format, ReportContext.of(selection.rules().registry(), colour)
        .withWorkingDirectory(workingDirectory), selection.configuration().plan());
  }

  @Override
  public String name() {
    return format.label();
  }

  @Override
  public void format(LintResult result, Appendable out) throws IOException {
    ReportContext run = context.withRun(Levels.of(result.policy().failOn()), result.files(),
        file -> plan.rulesFor(file).stream().map(ConfiguredRule::id).toList());
    format.create(run).write(Findings.toEngine(result.findings()), out);
  }
}
