package io.github.anthology.render.report;

import java.util.Locale;
import java.util.function.Supplier;

/** The report formats by name, as {@code --format} takes them. */
public enum ReportFormat {
  TEXT(TextReport::new),
  JSON(JsonReport::new);

  private final Supplier<Report> factory;

  ReportFormat(Supplier<Report> factory) {
    this.factory = factory;
  }

  public Report create() {
    return factory.get();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
