package io.github.anthology.render.report;

import java.util.Locale;
import java.util.function.Function;

/** The report formats by name, as {@code --format} takes them. */
public enum ReportFormat {
  TEXT(TextReport::new),
  JSON(ctx -> new JsonReport()),
  SARIF(SarifReport::new),
  GITHUB(GithubReport::new),
  JUNIT(JunitReport::new),
  CHECKSTYLE(ctx -> new CheckstyleReport());

  private final Function<ReportContext, Report> factory;

  ReportFormat(Function<ReportContext, Report> factory) {
    this.factory = factory;
  }

  /** The report with every rule on the class path known and no colour. */
  public Report create() {
    return create(ReportContext.defaults());
  }

  public Report create(ReportContext context) {
    return factory.apply(context);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
